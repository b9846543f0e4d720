using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Grains;

/// <summary>The newest snapshot a parent holds of each child; an older or repeated one is ignored.</summary>
internal sealed class ChildSnapshots
{
    /// <summary>
    /// Pulls in flight in this process (one silo in production). Each pull activates the children it reaches, whose
    /// first pulls activate theirs: one place activating in a cold silo brings up the whole tree below and above it.
    /// Unbounded, a national tree (720,000 places, the bench's national scenario) puts every activation in flight at
    /// once and they time out; bounded, the tree comes up as fast as the silo activates. A pull never waits on another (a child answers its snapshot
    /// without pulling first), so holding a permit while the children answer cannot deadlock.
    /// </summary>
    private static readonly SemaphoreSlim PullsInFlight = new(64);

    private readonly Dictionary<string, ChildFigures> _latest = [];

    public IEnumerable<PlaceFigures> Figures => _latest.Values.Select(c => c.Figures);

    /// <summary>Keeps the snapshot if it is newer than the one held, and only for a known child; answers whether it did.</summary>
    public bool Accept(ChildFigures snapshot, IReadOnlyCollection<string> children)
    {
        if (!children.Contains(snapshot.ChildId) || (_latest.TryGetValue(snapshot.ChildId, out var held) && held.Version >= snapshot.Version))
        {
            return false;
        }

        _latest[snapshot.ChildId] = snapshot;
        return true;
    }

    /// <summary>
    /// Asks every child for its current snapshot, as a parent does when it (re)activates and at intervals after.
    /// A direct call, independent of the channels: it reaches (and so re-activates) a child lost with a crashed silo,
    /// which rebuilds itself from durable state. Answers whether any snapshot was newer than the one held.
    /// </summary>
    public async Task<bool> Pull(IReadOnlyCollection<string> children, Func<string, IPlaceFiguresGrain> grainOf)
    {
        ChildFigures[] snapshots;
        await PullsInFlight.WaitAsync();
        try
        {
            snapshots = await Task.WhenAll(children.Select(id => grainOf(id).GetSnapshot()));
        }
        finally
        {
            PullsInFlight.Release();
        }

        var changed = false;
        foreach (var snapshot in snapshots)
        {
            changed |= Accept(snapshot, children);
        }

        return changed;
    }
}
