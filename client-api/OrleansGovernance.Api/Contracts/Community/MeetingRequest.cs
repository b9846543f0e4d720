using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a MeetingDraft.</summary>
public sealed record MeetingRequest(
    MeetingKind Kind,
    string Title,
    IReadOnlyList<string> Attendees,
    IReadOnlyList<AgendaItemRequest> Agenda,
    IReadOnlyList<AgreedMatterRequest> AgreedMatters,
    bool Synthetic = false)
{
    public MeetingDraft ToDomain() => new(
        Kind,
        Title,
        [.. Attendees],
        [.. Agenda.Select(item => item?.ToDomain()!)],
        [.. AgreedMatters.Select(item => item?.ToDomain()!)],
        Synthetic);
}
