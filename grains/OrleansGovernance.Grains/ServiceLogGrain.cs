using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Party;

namespace OrleansGovernance.Grains;

public sealed class ServiceLogGrain(
    [PersistentState("service-log", GovernanceStorage.ProviderName)] IPersistentState<ServiceLog> state) : Grain, IServiceLogGrain
{
    public async Task File(IReadOnlyList<ServiceActivity> activities)
    {
        await state.Update(this, stored =>
        {
            var log = state.RecordExists ? stored : ServiceLog.Open(this.GetPrimaryKeyString());
            foreach (var activity in activities)
            {
                log.File(activity);
            }

            return log;
        });
    }

    public Task<IReadOnlyList<ServiceActivity>> Get()
    {
        if (!state.RecordExists)
        {
            DeactivateOnIdle();
            return Task.FromResult<IReadOnlyList<ServiceActivity>>([]);
        }

        return Task.FromResult<IReadOnlyList<ServiceActivity>>(state.State.Activities);
    }
}
