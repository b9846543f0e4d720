using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Grains.Notices;

/// <summary>One address's opt-out (退订), keyed by its contact key; an address never opted out has no row.</summary>
public sealed class ResidentOptOutGrain(
    [PersistentState("resident-opt-out", GovernanceStorage.ProviderName)] IPersistentState<OptOutState> state) : Grain, IResidentOptOutGrain
{
    public Task<bool> IsOptedOut() => Task.FromResult(state.RecordExists && state.State.OptedOut);

    public async Task Set(bool optedOut, string by, DateTimeOffset at)
    {
        if (!state.RecordExists && !optedOut)
        {
            return;
        }

        await state.Update(this, s =>
        {
            s.OptedOut = optedOut;
            s.By = by;
            s.At = at;
            return s;
        });
    }
}
