using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Abstractions;

/// <summary>A compound: profile, owners' committee, property service, flags, plans, and the figures of its tickets.</summary>
[Alias("governance.ICompoundGrain")]
public interface ICompoundGrain : IPlaceFiguresGrain
{
    /// <summary>Creates or updates the compound (its plan list is kept by the grain) and registers it with its community.</summary>
    [Alias("Define")]
    Task<CompoundProfile> Define(CompoundProfile profile);

    [Alias("GetProfile")]
    Task<CompoundProfile> GetProfile();

    [Alias("SetOwnersCommittee")]
    Task<CompoundProfile> SetOwnersCommittee(OwnersCommittee? committee);

    [Alias("SetPropertyService")]
    Task<CompoundProfile> SetPropertyService(PropertyService? service);

    [Alias("SetFlags")]
    Task<CompoundProfile> SetFlags(bool dualSeal, bool bookkeeping);

    [Alias("RecordSurvey")]
    Task<CompoundProfile> RecordSurvey(PropertySurvey survey);

    [Alias("AttachPlan")]
    Task AttachPlan(string planId);

    [Alias("GetTicketIds")]
    Task<IReadOnlyList<string>> GetTicketIds();

    /// <summary>The ids of its tickets that match <paramref name="query"/>, newest first, read from durable storage.</summary>
    [Alias("FindTickets")]
    Task<IReadOnlyList<string>> FindTickets(TicketQuery query);

    /// <summary>Counts every ticket afresh from one read of durable storage (an operator's repair; it is also done on activation).</summary>
    [Alias("RebuildFigures")]
    Task<FiguresRebuild> RebuildFigures();
}
