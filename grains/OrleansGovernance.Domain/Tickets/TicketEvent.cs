namespace OrleansGovernance.Domain.Tickets;

/// <summary>
/// What happened to a request, in the words its reporter and other systems use. Read from two stored versions of
/// the ticket's facts, so anything that follows the compound-changes stream names a change the same way.
/// </summary>
public enum TicketEvent
{
    Filed,           // 提交
    Acknowledged,    // 受理
    Rejected,        // 不予受理
    MarkedDuplicate, // 重复诉求
    Reopened,        // 重新办理
    Claimed,         // 认领
    Escalated,       // 提交联席会议
    Settled,         // 办结
    Rated,           // 评价
}

public static class TicketEvents
{
    /// <summary>
    /// The events between two stored versions of one ticket (<paramref name="before"/> is null when it is new), in the
    /// order a request lives them. A stored version is written per step, so this is usually one event; a row written
    /// by another writer after several steps still names each of them once.
    /// </summary>
    public static IReadOnlyList<TicketEvent> Between(TicketFacts? before, TicketFacts after)
    {
        var events = new List<TicketEvent>(1);
        if (before is null)
        {
            events.Add(TicketEvent.Filed);
        }

        var was = before?.Status ?? TicketStatus.Submitted;
        if (was == TicketStatus.Submitted && after.Status is not (TicketStatus.Submitted or TicketStatus.Rejected or TicketStatus.Duplicate))
        {
            events.Add(TicketEvent.Acknowledged);
        }

        if (after.Status == TicketStatus.Rejected && was != TicketStatus.Rejected)
        {
            events.Add(TicketEvent.Rejected);
        }

        if (after.Status == TicketStatus.Duplicate && was != TicketStatus.Duplicate)
        {
            events.Add(TicketEvent.MarkedDuplicate);
        }

        if (after.Reopened > (before?.Reopened ?? 0))
        {
            events.Add(TicketEvent.Reopened);
        }

        if (after.ClaimedAt is not null && after.ClaimedAt != before?.ClaimedAt)
        {
            events.Add(TicketEvent.Claimed);
        }

        // Escalating again after a claim keeps the first EscalatedAt: the status says it went to the meeting again.
        if ((after.EscalatedAt is not null && before?.EscalatedAt is null)
            || (after.Status == TicketStatus.Escalated && before is not null && was != TicketStatus.Escalated))
        {
            events.Add(TicketEvent.Escalated);
        }

        if (after.SettledAt is not null && after.SettledAt != before?.SettledAt)
        {
            events.Add(TicketEvent.Settled);
        }

        if (after.Rating is not null && after.Rating != before?.Rating)
        {
            events.Add(TicketEvent.Rated);
        }

        return events;
    }

    /// <summary>
    /// The events a reporter is told of: the request was taken on, someone is on it, it went to the joint meeting, it is
    /// done, it is being done again. Filing and rating are the resident's own acts; rejection and duplicates are
    /// answered by the staff's own reply, with its reason, not by a template.
    /// </summary>
    public static bool IsToldToReporter(this TicketEvent ticketEvent) => ticketEvent is
        TicketEvent.Acknowledged or TicketEvent.Claimed or TicketEvent.Escalated or TicketEvent.Settled or TicketEvent.Reopened;

    /// <summary>The event's name in payloads and settings: <c>acknowledged</c>, <c>marked-duplicate</c>, ….</summary>
    public static string Name(this TicketEvent ticketEvent) => ticketEvent switch
    {
        TicketEvent.MarkedDuplicate => "marked-duplicate",
        _ => ticketEvent.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string name, out TicketEvent ticketEvent)
    {
        foreach (var candidate in Enum.GetValues<TicketEvent>())
        {
            if (string.Equals(candidate.Name(), name, StringComparison.Ordinal))
            {
                ticketEvent = candidate;
                return true;
            }
        }

        ticketEvent = default;
        return false;
    }
}
