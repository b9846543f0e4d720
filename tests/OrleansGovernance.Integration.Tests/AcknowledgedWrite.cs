namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// A write the API acknowledged (2xx): the grain it changed (a ticket or a plan), the milestone for a tick, the step
/// taken, the note that makes it recognisable in the grain's history, the silo it went through, and when.
/// </summary>
internal sealed record AcknowledgedWrite(string Grain, string? Milestone, string Action, string Note, int Entry, TimeSpan At);
