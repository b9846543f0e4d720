using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>Meeting as the API shows it.</summary>
public sealed record MeetingView(
    string Id,
    MeetingKind Kind,
    string Title,
    DateTimeOffset HeldAt,
    IReadOnlyList<string> Attendees,
    IReadOnlyList<AgendaItemView> Agenda,
    IReadOnlyList<AgreedMatterView> AgreedMatters,
    string RecordedBy,
    bool Synthetic,
    IReadOnlyList<string> SettledTickets,
    CouncilMeetingForm? Form)
{
    public static MeetingView Of(Meeting source) => new(
        source.Id,
        source.Kind,
        source.Title,
        source.HeldAt,
        source.Attendees,
        source.Agenda.Select(AgendaItemView.Of).ToList(),
        source.AgreedMatters.Select(AgreedMatterView.Of).ToList(),
        source.RecordedBy,
        source.Synthetic,
        [.. source.SettledTickets],
        source.Form);
}
