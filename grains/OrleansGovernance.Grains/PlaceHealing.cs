using Microsoft.Extensions.Logging;

namespace OrleansGovernance.Grains;

/// <summary>
/// When one place re-reads what it may have missed (a compound its durable facts, a parent its children's snapshots,
/// which also brings back a child lost with a crashed silo): once when it starts if asked, soon after a silo dies,
/// and otherwise every backstop period from a random phase. <see cref="PlaceHealer"/> decides when; the healing runs
/// on the place's own scheduler, interleaving with its calls, and never twice at once. A healing asked to be afresh
/// publishes the place's figures under a new version even if it read nothing new (the heal is told so).
/// </summary>
internal sealed class PlaceHealing(IGrainBase place, PlaceHealer healer, TimeSpan backstop, ILogger log)
{
    private Func<bool, Task> _heal = _ => Task.CompletedTask;
    private long _dueTicks;
    private int _running;
    private int _afresh;

    public void Start(Func<bool, Task> heal, bool firstNow)
    {
        _heal = heal;
        var now = healer.Clock.GetUtcNow();
        // A place that has just read everything need not heal again for a while: its first backstop falls half to
        // one and a half periods away, so places started together spread out.
        _dueTicks = (firstNow ? now : now + (backstop * (0.5 + Random.Shared.NextDouble()))).UtcTicks;
        healer.Add(this);
        if (firstNow)
        {
            HealIfDue(now);
        }
    }

    public void Stop() => healer.Remove(this);

    /// <summary>Brings the next healing forward to <paramref name="at"/>, afresh if asked (called from the healer's thread).</summary>
    internal void HealBy(DateTimeOffset at, bool afresh = false)
    {
        if (afresh)
        {
            Volatile.Write(ref _afresh, 1);
        }

        var ticks = at.UtcTicks;
        for (var due = Volatile.Read(ref _dueTicks); ticks < due; due = Volatile.Read(ref _dueTicks))
        {
            if (Interlocked.CompareExchange(ref _dueTicks, ticks, due) == due)
            {
                return;
            }
        }
    }

    /// <summary>Starts a healing on the place's scheduler when it is due and none is running (called from the healer's thread).</summary>
    internal void HealIfDue(DateTimeOffset now)
    {
        if (now.UtcTicks < Volatile.Read(ref _dueTicks) || Interlocked.Exchange(ref _running, 1) == 1)
        {
            return;
        }

        Volatile.Write(ref _dueTicks, (now + backstop).UtcTicks);
        place.GrainContext.Scheduler.QueueAction(() => _ = Heal());
    }

    private async Task Heal()
    {
        try
        {
            await _heal(Interlocked.Exchange(ref _afresh, 0) == 1);
        }
        catch (Exception failure)
        {
            log.LogWarning(failure, "Healing {Place} failed; it is tried again at the next signal or backstop", place.GrainContext.GrainId);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
