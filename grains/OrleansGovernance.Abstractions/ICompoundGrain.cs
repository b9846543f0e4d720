using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Abstractions;

/// <summary>A compound: profile, owners' committee, property service, flags, plans, and the latest facts of its tickets.</summary>
[Alias("governance.ICompoundGrain")]
public interface ICompoundGrain : IGrainWithStringKey
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

    /// <summary>Takes the latest facts of one of this compound's tickets; older versions than the one held are ignored.</summary>
    [Alias("RecordTicket")]
    Task RecordTicket(TicketFacts facts);

    /// <summary>Takes the facts of many tickets in one durable write (seeding, healing).</summary>
    [Alias("RecordTickets")]
    Task RecordTickets(IReadOnlyList<TicketFacts> facts);

    [Alias("RecordPlan")]
    Task RecordPlan(PlanFacts facts);

    [Alias("GetTicketIds")]
    Task<IReadOnlyList<string>> GetTicketIds();

    [Alias("GetReport")]
    Task<PlaceReport> GetReport();
}
