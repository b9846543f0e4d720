using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>A step the request desk offers on an open request, and the statuses it is offered from (the ticket's own lifecycle).</summary>
public sealed record DeskStep(string Name, string Label, TicketStatus[] From, Func<ITicketGrain, ClaimingParty, string, Stamp, Task<Ticket>> Apply)
{
    public static readonly IReadOnlyList<DeskStep> All =
    [
        new("acknowledge", "Acknowledge", [TicketStatus.Submitted], (t, _, _, s) => t.Acknowledge(s)),
        new("claim", "Claim", [TicketStatus.Acknowledged, TicketStatus.Escalated], (t, party, name, s) => t.Claim(party, name, s)),
        new("escalate", "Escalate", [TicketStatus.Acknowledged, TicketStatus.Claimed], (t, _, _, s) => t.Escalate(s)),
        new("settle", "Settle", [TicketStatus.Claimed, TicketStatus.Escalated], (t, _, _, s) => t.Settle(s)),
    ];

    public static IEnumerable<DeskStep> Offered(TicketStatus status) => All.Where(step => step.From.Contains(status));
}
