namespace OrleansGovernance.Api.Dashboard.Requests;

/// <summary>
/// Which requests came in while the desk was open and have not been looked at yet (新). What the queue held when
/// the desk first read it is not new; an arrival stays new until it is opened or acted on, or all are marked seen,
/// and stops counting once it leaves the queue.
/// </summary>
public sealed class NewArrivals
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unseen = new(StringComparer.Ordinal);
    private bool _started;

    public int Unseen => _unseen.Count;

    public bool IsNew(string ticketId) => _unseen.Contains(ticketId);

    /// <summary>Takes in the queue as just read; returns how many of it arrived since the last read.</summary>
    public int Read(IEnumerable<string> queue)
    {
        var ids = queue.ToHashSet(StringComparer.Ordinal);
        var arrived = _started ? ids.Count(id => !_known.Contains(id)) : 0;
        if (_started)
        {
            _unseen.UnionWith(ids.Where(id => !_known.Contains(id)));
        }

        _unseen.IntersectWith(ids);
        _known.UnionWith(ids);
        _started = true;
        return arrived;
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
