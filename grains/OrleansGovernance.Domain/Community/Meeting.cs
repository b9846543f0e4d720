using OrleansGovernance.Domain.Organisation;

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
    [property: Id(8)] bool Synthetic,
    [property: Id(9)] CouncilMeetingForm? Form = null)
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

/// <summary>
/// A matter the meeting agreed (议定事项), with its outcome and the requests it settles. A council meeting's matter
/// also carries its class under the council's rule and the record the class asks for (see <see cref="CouncilRules"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.agreed-matter")]
public sealed record AgreedMatter(
    [property: Id(0)] string Title,
    [property: Id(1)] string Outcome,
    [property: Id(2)] IReadOnlyList<string> SettlesTickets)
{
    /// <summary>Null for a joint meeting's matter: the classes are the council's rule.</summary>
    [Id(3)] public MatterClass? Class { get; init; }

    /// <summary>The compounds the matter concerns; none means the whole community.</summary>
    [Id(4)] public IReadOnlyList<string> Concerns { get; init; } = [];

    /// <summary>The seats that took part in discussing (a big matter) or were consulted on (an urgent one) the matter.</summary>
    [Id(5)] public IReadOnlyList<CouncilSeat> TookPart { get; init; } = [];

    /// <summary>Each seat's vote on an important matter.</summary>
    [Id(6)] public IReadOnlyList<PartyVote> Votes { get; init; } = [];

    /// <summary>When an urgent matter was raised with the council.</summary>
    [Id(7)] public DateTimeOffset? RaisedAt { get; init; }

    /// <summary>When the last party an urgent matter needs was consulted.</summary>
    [Id(8)] public DateTimeOffset? ConsultedAt { get; init; }
}

[GenerateSerializer, Immutable, Alias("governance.meeting-draft")]
public sealed record MeetingDraft(
    [property: Id(0)] MeetingKind Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<string> Attendees,
    [property: Id(3)] IReadOnlyList<AgendaItem> Agenda,
    [property: Id(4)] IReadOnlyList<AgreedMatter> AgreedMatters,
    [property: Id(5)] bool Synthetic = false,
    [property: Id(6)] CouncilMeetingForm? Form = null)
{
    public void Validate()
    {
        Require.Defined(Kind, "kind");
        ValidateForm();
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

            CouncilRules.ValidateRecord(matter, Kind);
        }
    }

    /// <summary>A council meeting says how it met; a joint meeting is not the council and has no form.</summary>
    private void ValidateForm()
    {
        if (Kind == MeetingKind.JointMeeting)
        {
            if (Form is not null)
            {
                throw DomainRuleException.Invalid("a joint meeting has no council form; form is for council meetings.");
            }

            return;
        }

        if (Form is not { } form)
        {
            throw DomainRuleException.Invalid("a council meeting names its form: quarterly, specialTopic or forum.");
        }

        Require.Defined(form, "form");
    }
}
