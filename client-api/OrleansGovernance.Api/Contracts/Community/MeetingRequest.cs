using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a MeetingDraft; a council meeting names its form, a joint meeting none.</summary>
public sealed record MeetingRequest(
    MeetingKind Kind,
    string Title,
    IReadOnlyList<string> Attendees,
    IReadOnlyList<AgendaItemRequest> Agenda,
    IReadOnlyList<AgreedMatterRequest> AgreedMatters,
    bool Synthetic = false,
    CouncilMeetingForm? Form = null)
{
    public MeetingDraft ToDomain() => new(
        Kind,
        Title,
        [.. Attendees],
        [.. Agenda.Select(item => item?.ToDomain()!)],
        [.. AgreedMatters.Select(item => item?.ToDomain()!)],
        Synthetic,
        Form);
}
