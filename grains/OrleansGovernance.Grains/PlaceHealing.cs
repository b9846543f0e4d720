namespace OrleansGovernance.Grains;

/// <summary>
/// When a place re-reads what it may have missed (a compound its durable facts, a parent its children's snapshots,
/// which also brings back a child lost with a crashed silo): right after a silo dies (<see cref="SiloLossSignal"/>),
/// at a random moment within <see cref="FiguresOptions.HealingSpread"/> so a silo's places do not all ask at once;
/// otherwise only on a long backstop period, for a message lost while every silo stayed up.
/// </summary>
internal sealed class PlaceHealing(IGrainBase grain, SiloLossSignal signal, TimeSpan backstop, TimeSpan spread)
{
    private IGrainTimer? _timer;

    /// <param name="firstNow">Heal once at start (a parent's first pull); otherwise the first backstop falls at a random phase.</param>
    /// <param name="interleave">Whether healing may interleave with the place's calls (a parent's pull waits on its children).</param>
    public void Start(Func<Task> heal, bool firstNow, bool interleave = true)
    {
        var first = firstNow ? TimeSpan.Zero : backstop * (0.5 + Random.Shared.NextDouble());
        _timer = grain.RegisterGrainTimer(heal, new GrainTimerCreationOptions(first, backstop) { Interleave = interleave });
        signal.Listen(this);
    }

    public void Stop()
    {
        signal.Forget(this);
        _timer?.Dispose();
    }

    /// <summary>Called from the signal's thread: the timer is moved on the place's own scheduler, as its ticks run there.</summary>
    internal void SiloLost() =>
        grain.GrainContext.Scheduler.QueueAction(() => _timer?.Change(spread * Random.Shared.NextDouble(), backstop));
}
