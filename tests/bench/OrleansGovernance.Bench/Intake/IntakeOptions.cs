namespace OrleansGovernance.Bench.Intake;

/// <summary>
/// The intake benchmark's knobs: each measure runs <paramref name="Seconds"/> after a warm-up with
/// <paramref name="Concurrency"/> HTTP clients (raw inserts: as many connections); the platform runs on
/// <paramref name="Silos"/> silo processes, its city has <paramref name="Communities"/> × <paramref name="CompoundsPerCommunity"/>
/// compounds; <paramref name="Probes"/> freshness probes run idle and as many again under the platform's load (as many
/// as fit in its measured window).
/// </summary>
public sealed record IntakeOptions(int Seconds = 60, int Concurrency = 64, int Communities = 30, int CompoundsPerCommunity = 10, int Probes = 100, int WarmUpSeconds = 15, int Silos = 1)
{
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    public TimeSpan WarmUp => TimeSpan.FromSeconds(WarmUpSeconds);
}
