using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>Records a door visit for the API and the dashboard alike, filing the request it asks for on the way.</summary>
public static class VisitRecording
{
    /// <summary>
    /// A filed request's text when staff give none: what was found at the door stays with the visit (its staff see
    /// it), while a request's description is read far more widely.
    /// </summary>
    public const string FiledFromVisit = "走访中发现的问题，详见社区走访记录 (raised on a door visit; see the community's visit record)";

    /// <summary>
    /// Everything is checked before the request is filed, so a refused visit files nothing; the request is filed before
    /// the visit is kept, so a kept visit names a request that exists (a failure between the two leaves a request
    /// on the desk without its visit, which staff see and can record again).
    /// </summary>
    public static async Task<DoorVisit> Record(IGrainFactory grains, string communityId, VisitDraft draft, VisitFilingRequest? fileRequest, Stamp stamp, TimeProvider clock)
    {
        var register = grains.GetGrain<IHouseholdRegisterGrain>(communityId);
        var household = await register.CheckVisit(draft, stamp);
        var filing = fileRequest is { } file
            ? new TicketSubmission(household.CompoundId, file.Category, TicketChannel.WalkIn, file.Description ?? FiledFromVisit, null, null)
            : null;
        filing?.Validate();
        var ticketId = filing is null ? null : (await grains.GetGrain<ITicketGrain>(TicketIds.New(clock.GetUtcNow(), Random.Shared)).Submit(filing, stamp)).Id;
        return await register.RecordVisit(draft, stamp, ticketId);
    }
}
