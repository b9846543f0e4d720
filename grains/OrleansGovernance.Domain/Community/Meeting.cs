namespace OrleansGovernance.Domain.Community;

/// <summary>Joint meeting (联席会议) of community, branch, owners' committee and property company, or a council meeting.</summary>
public enum MeetingKind
{
    JointMeeting,
    CouncilMeeting,
}

[GenerateSerializer, Immutable, Alias("governance.meeting")]
public sealed record Meeting(
    [property: Id(0)] string Id,
    [property: Id(1)] MeetingKind Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] DateTimeOffset HeldAt,
    [property: Id(4)] IReadOnlyList<string> Attendees,
    [property: Id(5)] IReadOnlyList<AgendaItem> Agenda,
    [property: Id(6)] IReadOnlyList<AgreedMatter> AgreedMatters,
    [property: Id(7)] string RecordedBy,
    [property: Id(8)] bool Synthetic)
{
    /// <summary>The tickets whose agreed outcome settles them.</summary>
    public IEnumerable<string> SettledTickets => AgreedMatters.SelectMany(m => m.SettlesTickets).Distinct();
}

/// <summary>Something put before the meeting: a request, a demand from the lists, or a free topic.</summary>
[GenerateSerializer, Immutable, Alias("governance.agenda-item")]
public sealed record AgendaItem(
    [property: Id(0)] string Title,
    [property: Id(1)] string? TicketId = null,
    [property: Id(2)] string? DemandId = null);

/// <summary>A matter the meeting agreed (议定事项), with its outcome and the requests it settles.</summary>
[GenerateSerializer, Immutable, Alias("governance.agreed-matter")]
public sealed record AgreedMatter(
    [property: Id(0)] string Title,
    [property: Id(1)] string Outcome,
    [property: Id(2)] IReadOnlyList<string> SettlesTickets);

[GenerateSerializer, Immutable, Alias("governance.meeting-draft")]
public sealed record MeetingDraft(
    [property: Id(0)] MeetingKind Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<string> Attendees,
    [property: Id(3)] IReadOnlyList<AgendaItem> Agenda,
    [property: Id(4)] IReadOnlyList<AgreedMatter> AgreedMatters,
    [property: Id(5)] bool Synthetic = false)
{
    public void Validate()
    {
        Require.Defined(Kind, "kind");
        Require.Text(Title, "title", 300);
        if (Attendees.Count == 0)
        {
            throw DomainRuleException.Invalid("a meeting has at least one attendee.");
        }

        foreach (var attendee in Attendees)
        {
            Require.Text(attendee, "attendee", 200);
        }

        foreach (var item in Require.Entries(Agenda, "agenda"))
        {
            Require.Text(item.Title, "agenda item title", 300);
            Require.OptionalText(item.TicketId, "agenda item ticketId", 100);
            if (item.TicketId is { } ticketId && !Tickets.TicketIds.IsWellFormed(ticketId))
            {
                throw DomainRuleException.Invalid($"agenda item ticketId '{ticketId}' is not a ticket id.");
            }

            Require.OptionalSlug(item.DemandId, "agenda item demandId");
        }

        foreach (var matter in Require.Entries(AgreedMatters, "agreedMatters"))
        {
            Require.Text(matter.Title, "agreed matter title", 300);
            Require.Text(matter.Outcome, "agreed matter outcome", 2000);
            var linked = Agenda.Select(a => a.TicketId).OfType<string>().ToHashSet();
            foreach (var ticketId in matter.SettlesTickets)
            {
                if (!linked.Contains(ticketId))
                {
                    throw DomainRuleException.Invalid($"agreed matter '{matter.Title}' settles ticket '{ticketId}', which is not on the agenda.");
                }
            }
        }
    }
}
