using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// The body of a milestone's step (start, tick, inspect, untick): why, and the ids of evidence uploaded to the
/// milestone beforehand (POST …/milestones/{milestoneId}/evidence), which the step then names in its history.
/// </summary>
public sealed record MilestoneStepRequest(string? Note = null, NoteVisibility Visibility = NoteVisibility.Internal, IReadOnlyList<string>? Evidence = null)
    : ActorRequest(Note, Visibility);
