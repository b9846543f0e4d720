namespace OrleansGovernance.Bench.Intake;

/// <summary>
/// The failover benchmark's knobs: a moderate steady load of <paramref name="Clients"/> clients each filing up to
/// <paramref name="FilingsPerSecond"/> requests a second, <paramref name="SteadySeconds"/> before the kill (so tickets
/// activate on every silo) and after the killed silo's grains answered again; a grain that has not answered
/// <paramref name="RecoverySeconds"/> after the kill counts as not recovered.
/// </summary>
public sealed record FailoverOptions(int Clients = 8, double FilingsPerSecond = 10, int SteadySeconds = 20, int RecoverySeconds = 60, int Communities = 30, int CompoundsPerCommunity = 10)
{
    public TimeSpan Steady => TimeSpan.FromSeconds(SteadySeconds);

    public TimeSpan Recovery => TimeSpan.FromSeconds(RecoverySeconds);
}
