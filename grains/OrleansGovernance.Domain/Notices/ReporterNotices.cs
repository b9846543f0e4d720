using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Notices;

/// <summary>
/// What a reporter is told of one stored change of their request, and nothing they could not see themselves: the
/// steps <see cref="TicketEvents.IsToldToReporter"/> names, each with its note only when the note is public (and
/// screened for personal data), sent to the reporter of that request alone.
/// </summary>
public static class ReporterNotices
{
    /// <summary>
    /// The notices for the change of <paramref name="ticket"/> from stored version <paramref name="fromVersion"/> to
    /// <paramref name="toVersion"/>, whose facts were <paramref name="before"/> and <paramref name="after"/>. A row that
    /// is new (version 0 before) tells nothing: filing is the resident's own act, and a request that arrives already
    /// advanced was imported, so its steps are history, not news.
    /// </summary>
    public static IReadOnlyList<ResidentNotice> For(
        Ticket ticket, int fromVersion, int toVersion, TicketFacts? before, TicketFacts after, DateTimeOffset changedAt, NoticeRules rules)
    {
        if (fromVersion == 0 || before is null || ticket.Reporter is not { } reporter
            || NoticeAddresses.Choose(reporter, rules.Order, rules.Served) is not var (channel, address))
        {
            return [];
        }

        var steps = ticket.History.Skip(fromVersion).Take(toVersion - fromVersion).ToList();
        var contactKeys = rules.Keys.Of(reporter);
        var link = rules.OptOutLink(rules.Keys.For(channel, address));
        return [.. TicketEvents.Between(before, after)
            .Where(e => e.IsToldToReporter())
            .Select(e => new ResidentNotice(
                ResidentNotice.IdOf(ticket.Id, toVersion, e),
                ticket.CompoundId,
                ticket.Id,
                toVersion,
                e,
                channel,
                address,
                rules.Templates.Subject(e),
                rules.Templates.Render(e, ticket, PublicNote(steps, e), link),
                contactKeys,
                changedAt))];
    }

    private static string? PublicNote(IReadOnlyList<TicketTransition> steps, TicketEvent ticketEvent) =>
        steps.LastOrDefault(step => step.Action == ActionOf(ticketEvent)) is { Visibility: NoteVisibility.Public, Note: { } note }
            ? PersonalData.Screen(note)
            : null;

    private static TicketAction ActionOf(TicketEvent ticketEvent) => ticketEvent switch
    {
        TicketEvent.Acknowledged => TicketAction.Acknowledge,
        TicketEvent.Claimed => TicketAction.Claim,
        TicketEvent.Escalated => TicketAction.Escalate,
        TicketEvent.Settled => TicketAction.Settle,
        TicketEvent.Reopened => TicketAction.Reopen,
        _ => throw new ArgumentOutOfRangeException(nameof(ticketEvent), ticketEvent, "not told to reporters"),
    };
}
