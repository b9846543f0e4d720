using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Grains.Metrics;

namespace OrleansGovernance.Grains;

/// <remarks>
/// Its compound hears of every stored change through the outbox row the database writes with it (see
/// <see cref="CompoundChanges"/>), so the grain sends nothing itself.
/// A ticket lives where it was filed: behind a load balancer, the silo that took the HTTP request activates it and
/// writes it without a hop to another silo (a client outside the cluster still gets a random silo).
/// </remarks>
[Orleans.Placement.PreferLocalPlacement]
public sealed class TicketGrain(
    [PersistentState("ticket", GovernanceStorage.ProviderName)] IPersistentState<Ticket> state,
    ServiceLevelPolicy policy,
    DefinedCompounds compounds,
    TicketMetrics tickets,
    ServiceLevelMetrics serviceLevels) : Grain, ITicketGrain
{
    public async Task<Ticket> Submit(TicketSubmission submission, Stamp stamp)
    {
        if (state.RecordExists)
        {
            throw DomainRuleException.Conflict($"ticket '{this.GetPrimaryKeyString()}' already exists.");
        }

        var ticket = Ticket.Submit(this.GetPrimaryKeyString(), submission, policy, stamp);
        await compounds.Require(ticket.CompoundId);
        await state.Update(this, _ => state.RecordExists ? throw DomainRuleException.Conflict($"ticket '{ticket.Id}' already exists.") : ticket);
        tickets.Submitted(ticket.Category);
        return ticket;
    }

    public Task<Ticket> Get() => Task.FromResult(state.Existing(this, "ticket"));

    public Task<Ticket> Acknowledge(Stamp stamp) => Apply(t => t.Acknowledge(stamp));

    public Task<Ticket> Claim(ClaimingParty party, string claimantName, Stamp stamp) => Apply(t => t.Claim(party, claimantName, stamp));

    public Task<Ticket> Escalate(Stamp stamp) => Apply(t => t.Escalate(stamp));

    public async Task<Ticket> Settle(Stamp stamp)
    {
        var ticket = await Apply(t => t.Settle(stamp));
        tickets.Settled(ticket.Category);
        if (ticket.SettledAt > ticket.SettleDue)
        {
            serviceLevels.SettledLate(ticket.Category);
        }

        return ticket;
    }

    public Task<Ticket> Rate(SatisfactionLevel level, Stamp stamp) => Apply(t => t.Rate(level, stamp));

    public Task<Ticket> Reopen(Stamp stamp) => Apply(t => t.Reopen(stamp));

    public Task<Ticket> Reject(Stamp stamp) => Apply(t => t.Reject(stamp));

    public Task<Ticket> MarkDuplicate(string originalId, Stamp stamp) => Apply(t => t.MarkDuplicate(originalId, stamp));

    public async Task Import(Ticket ticket)
    {
        if (state.RecordExists)
        {
            return;
        }

        if (ticket.Id != this.GetPrimaryKeyString())
        {
            throw DomainRuleException.Invalid($"ticket '{ticket.Id}' cannot be imported as '{this.GetPrimaryKeyString()}'.");
        }

        await compounds.Require(ticket.CompoundId);
        await state.Update(this, stored => state.RecordExists ? stored : ticket);
    }

    private async Task<Ticket> Apply(Action<Ticket> change)
    {
        state.Existing(this, "ticket");
        await state.Update(this, ticket =>
        {
            change(ticket);
            return ticket;
        });
        return state.State;
    }

}
