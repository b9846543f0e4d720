using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// A step the request desk offers on an open request, and the statuses it is offered from (the ticket's own lifecycle).
/// Settling asks for the result (办结结果): it is what the history, and the resident if told, read of the work done.
/// </summary>
public sealed record DeskStep(string Name, string Label, TicketStatus[] From, Func<ITicketGrain, ClaimingParty, string, Stamp, Task<Ticket>> Apply)
{
    public static readonly DeskStep Acknowledge = new("acknowledge", "Acknowledge", [TicketStatus.Submitted], (t, _, _, s) => t.Acknowledge(s));

    public static readonly DeskStep Claim = new("claim", "Claim", [TicketStatus.Acknowledged, TicketStatus.Escalated], (t, party, name, s) => t.Claim(party, name, s));

    public static readonly DeskStep Escalate = new("escalate", "Escalate", [TicketStatus.Acknowledged, TicketStatus.Claimed], (t, _, _, s) => t.Escalate(s));

    public static readonly DeskStep Settle = new("settle", "Settle", [TicketStatus.Claimed, TicketStatus.Escalated], (t, _, _, s) => t.Settle(s)) { NeedsResult = true };

    public static readonly IReadOnlyList<DeskStep> All = [Acknowledge, Claim, Escalate, Settle];

    /// <summary>Whether the step's note is required: the result of the work, for settling.</summary>
    public bool NeedsResult { get; init; }

    public static IEnumerable<DeskStep> Offered(TicketStatus status) => All.Where(step => step.From.Contains(status));

    /// <summary>The step that moves a request forward from <paramref name="status"/>, offered on its card; escalating stays in its sheet.</summary>
    public static DeskStep? Next(TicketStatus status) => Offered(status).FirstOrDefault(step => step != Escalate);
}
