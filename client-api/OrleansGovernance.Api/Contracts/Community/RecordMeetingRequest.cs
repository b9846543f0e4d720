namespace OrleansGovernance.Api.Contracts;

public sealed record RecordMeetingRequest(MeetingRequest Meeting, string? Note = null) : ActorRequest(Note);
