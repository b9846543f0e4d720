namespace OrleansGovernance.Bench.Scale;

/// <summary>
/// The scale scenario's knobs. Each of <paramref name="Clients"/> starts at most <paramref name="RoundsPerSecond"/>
/// rounds a second (a round files a request and acknowledges it): a steady load that one silo carries, so every
/// phase is offered the same load. <paramref name="SteadySeconds"/> is how long each steady phase runs (one
/// silo, three silos, and the tails after the stop and the kill); the waits for silos to start, spread and recover
/// come on top.
/// </summary>
public sealed record ScaleOptions(int Clients = 8, double RoundsPerSecond = 2, int SteadySeconds = 30, int SpreadTimeoutSeconds = 60, int Probes = 20)
{
    public TimeSpan Steady => TimeSpan.FromSeconds(SteadySeconds);

    public TimeSpan SpreadTimeout => TimeSpan.FromSeconds(SpreadTimeoutSeconds);

    /// <summary>How long a client keeps retrying one request that is answered 503 before it gives the request up.</summary>
    public TimeSpan RetryFor { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest a client waits between retries. The API asks for 5 s (Retry-After); the load waits at most this
    /// long so that the cluster stays under load while it changes, which is what the scenario is about.
    /// </summary>
    public TimeSpan RetryWaitCap { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The synthetic history seeded with Xinglin: the first silo's activations before the load begins.</summary>
    public double SeedTicketsPerCompoundPerMonth { get; init; } = 0.3;
}
