using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Abstractions;

/// <summary>One resident request, keyed by its time-ordered ticket id.</summary>
[Alias("governance.ITicketGrain")]
public interface ITicketGrain : IGrainWithStringKey
{
    [Alias("Submit")]
    Task<Ticket> Submit(TicketSubmission submission, Stamp stamp);

    [Alias("Get")]
    Task<Ticket> Get();

    [Alias("Acknowledge")]
    Task<Ticket> Acknowledge(Stamp stamp);

    [Alias("Claim")]
    Task<Ticket> Claim(ClaimingParty party, string claimantName, Stamp stamp);

    [Alias("Escalate")]
    Task<Ticket> Escalate(Stamp stamp);

    [Alias("Settle")]
    Task<Ticket> Settle(Stamp stamp);

    [Alias("Rate")]
    Task<Ticket> Rate(SatisfactionLevel level, Stamp stamp);

    [Alias("Reopen")]
    Task<Ticket> Reopen(Stamp stamp);

    [Alias("Reject")]
    Task<Ticket> Reject(Stamp stamp);

    [Alias("MarkDuplicate")]
    Task<Ticket> MarkDuplicate(string originalId, Stamp stamp);

    /// <summary>
    /// Loads a request whose history was built elsewhere through the same domain rules (seeding, migration).
    /// Idempotent: importing a ticket that already exists changes nothing. The importer tells the compound
    /// (ICompoundGrain.RecordTickets), so a bulk load costs one compound write per compound, not per ticket.
    /// </summary>
    [Alias("Import")]
    Task Import(Ticket ticket);
}
