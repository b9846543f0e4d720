namespace OrleansGovernance.Domain.Notices;

/// <summary>A notice given up (死信): refused for good by its gateway, or failing for longer than the retry schedule allows.</summary>
[GenerateSerializer, Immutable, Alias("governance.dead-notice")]
public sealed record DeadNotice(
    [property: Id(0)] ResidentNotice Notice,
    [property: Id(1)] int FailedAttempts,
    [property: Id(2)] string Reason,
    [property: Id(3)] DateTimeOffset DiedAt);
