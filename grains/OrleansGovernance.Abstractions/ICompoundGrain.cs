using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Abstractions;

/// <summary>A compound: profile, owners' committee, property service, flags, plans, and the latest facts of its tickets.</summary>
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

    /// <summary>
    /// Takes the facts of many tickets at once (a bulk load); newer versions than those held win. Live changes
    /// arrive on the compound's channel instead.
    /// </summary>
    [Alias("RecordTickets")]
    Task RecordTickets(IReadOnlyList<TicketFacts> facts);

    [Alias("GetTicketIds")]
    Task<IReadOnlyList<string>> GetTicketIds();

    /// <summary>
    /// The ids of its tickets that match <paramref name="query"/>, newest first, answered from the facts the compound
    /// holds in memory (no storage read); the facts follow each ticket's change within moments.
    /// </summary>
    [Alias("FindTickets")]
    Task<IReadOnlyList<string>> FindTickets(TicketQuery query);
}
