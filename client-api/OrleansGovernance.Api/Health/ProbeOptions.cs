namespace OrleansGovernance.Api.Health;

/// <summary>Configuration section "Health".</summary>
public sealed class ProbeOptions
{
    public const string Section = "Health";

    /// <summary>
    /// How long the host keeps serving, with /healthz/ready at 503, after shutdown is requested and before anything
    /// stops: long enough for Kubernetes to take the pod out of its Services' endpoints (a few seconds there).
    /// Zero by default, so a local process stops at once. Counts against HostOptions:ShutdownTimeout.
    /// </summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.Zero;
}
