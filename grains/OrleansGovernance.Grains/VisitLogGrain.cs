using System.Globalization;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Grains;

/// <summary>One community's door visits of one month; only its community's register writes here.</summary>
public sealed class VisitLogGrain(
    [PersistentState("visit-log", GovernanceStorage.ProviderName)] IPersistentState<VisitLog> state) : Grain, IVisitLogGrain
{
    public Task<IReadOnlyList<DoorVisit>> GetVisits()
    {
        if (!state.RecordExists)
        {
            // A month nobody visited in leaves no activation behind.
            DeactivateOnIdle();
            return Task.FromResult<IReadOnlyList<DoorVisit>>([]);
        }

        return Task.FromResult<IReadOnlyList<DoorVisit>>(state.State.Visits);
    }

    public Task Keep(DoorVisit visit) =>
        state.Update(this, stored =>
        {
            var log = state.RecordExists ? stored : Open();
            log.Keep(visit);
            return log;
        });

    public Task Import(VisitLog log) =>
        state.RecordExists ? Task.CompletedTask : state.Update(this, _ => log);

    private VisitLog Open()
    {
        var key = this.GetPrimaryKeyString();
        var colon = key.LastIndexOf(':');
        return new VisitLog { CommunityId = key[..colon], Month = int.Parse(key[(colon + 1)..], CultureInfo.InvariantCulture) };
    }
}
