namespace OrleansGovernance.Api.Dashboard.Requests;

/// <summary>
/// Which requests came in while the desk was open and have not been looked at yet (新). What the queue held when
/// the desk first read it is not new; an arrival stays new until it is opened or acted on, or all are marked seen,
/// and stops counting once it leaves the queue. Just after it arrived it flashes, once: a card drawn again later (a
/// filter changed) keeps its mark but does not flash again.
/// </summary>
public sealed class NewArrivals
{
    public static readonly TimeSpan Flash = TimeSpan.FromSeconds(5);

    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _unseen = new(StringComparer.Ordinal);
    private bool _started;

    public int Unseen => _unseen.Count;

    public bool IsNew(string ticketId) => _unseen.ContainsKey(ticketId);

    public bool JustArrived(string ticketId, DateTimeOffset now) => _unseen.TryGetValue(ticketId, out var at) && now - at < Flash;

    /// <summary>Takes in the queue as read at <paramref name="now"/>; returns how many of it arrived since the last read.</summary>
    public int Read(IEnumerable<string> queue, DateTimeOffset now)
    {
        var ids = queue.ToHashSet(StringComparer.Ordinal);
        var arrived = _started ? ids.Where(id => !_known.Contains(id)).ToList() : [];
        foreach (var id in arrived)
        {
            _unseen[id] = now;
        }

        foreach (var gone in _unseen.Keys.Where(id => !ids.Contains(id)).ToList())
        {
            _unseen.Remove(gone);
        }

        _known.UnionWith(ids);
        _started = true;
        return arrived.Count;
    }

    public void Seen(string ticketId) => _unseen.Remove(ticketId);

    public void SeenAll() => _unseen.Clear();

    /// <summary>Another place's queue: whatever it holds when first read is not new.</summary>
    public void Restart()
    {
        _known.Clear();
        _unseen.Clear();
        _started = false;
    }
}
