using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// A compound's request figures, kept current change by change at a cost that does not grow with its history. It
/// holds additive counters for every request ever filed (<see cref="TicketContribution"/> at the current moment) and,
/// of the requests themselves, only what the clock can still change: the open ones whose response or settle limit
/// is still ahead, with those limits in a queue by time. A change takes the request's old facts out and its new
/// facts in; a limit passing moves one count; so the counters always equal a recount of every request, for the
/// price of a queue operation.
/// <para>
/// Changes arrive with the stored versions they lead from and to. Each request's changes are applied in version
/// order, each once: a repeated delivery is dropped, and one that arrives ahead of an earlier change waits for it.
/// A request the tally has not heard of lately is taken to be counted at the version its change leads from.
/// </para>
/// </summary>
public sealed class TicketTally
{
    /// <summary>How long the versions of a request's last change are remembered, to recognise a repeated delivery of it.</summary>
    public static readonly TimeSpan RememberChanges = TimeSpan.FromHours(24);

    /// <summary>How long a change may wait for an earlier one before the tally asks to be rebuilt from storage.</summary>
    public static readonly TimeSpan WaitForEarlierChange = TimeSpan.FromSeconds(30);

    private readonly PlaceFigures _counts = new();
    private readonly PriorityQueue<TicketLimit, DateTimeOffset> _limits = new();
    private readonly Dictionary<string, WatchedTicket> _watched = [];
    private readonly Dictionary<string, CountedVersion> _counted = [];
    private readonly Queue<(string TicketId, DateTimeOffset At)> _countedOrder = new();
    private readonly Dictionary<string, List<WaitingChange>> _waiting = [];
    private readonly List<TicketFacts> _breaches = [];
    private DateTimeOffset _now;

    public TicketTally(DateTimeOffset now) => _now = now;

    /// <summary>Requests whose limits are still ahead: all the tally holds of the requests themselves.</summary>
    public int Watched => _watched.Count;

    /// <summary>Whether an open request still awaits its first answer with its response limit ahead.</summary>
    public bool AwaitsResponse() => _watched.Values.Any(watched => watched.Ticket.RespondedAt is null && watched.Ticket.ResponseDue >= _now);

    /// <summary>A change has waited too long for an earlier one of its request: rebuild from storage.</summary>
    public bool NeedsRebuild { get; private set; }

    /// <summary>Counts a request as stored (when building the tally from storage, at the moment it was made).</summary>
    public void Include(TicketFacts ticket)
    {
        TicketContribution.Count(_counts, ticket, _now, new FiguresCalculator.Windows(_now));
        Watch(ticket);
    }

    /// <summary>A request whose change is still on its way was counted at <paramref name="version"/> when the tally was built.</summary>
    public void CountedAt(string ticketId, int version) => Remember(ticketId, version, _now);

    /// <summary>
    /// Applies a change of a request from stored version <paramref name="fromVersion"/> to <paramref name="toVersion"/>;
    /// answers whether the figures moved (false for a repeated delivery, or one waiting for an earlier change).
    /// </summary>
    public bool Apply(string ticketId, int fromVersion, int toVersion, TicketFacts? before, TicketFacts after, DateTimeOffset now)
    {
        Advance(now);
        ForgetOldVersions();
        var counted = _counted.TryGetValue(ticketId, out var held) ? held.Version : fromVersion;
        if (toVersion <= counted)
        {
            return false;
        }

        if (fromVersion != counted)
        {
            Wait(ticketId, new WaitingChange(fromVersion, toVersion, before, after, _now));
            return false;
        }

        Count(ticketId, toVersion, before, after);
        while (_waiting.TryGetValue(ticketId, out var waiting) && waiting.Find(w => w.FromVersion == toVersion) is { } next)
        {
            waiting.Remove(next);
            if (waiting.Count == 0)
            {
                _waiting.Remove(ticketId);
            }

            toVersion = next.ToVersion;
            Count(ticketId, toVersion, next.Before, next.After);
        }

        return true;
    }

    /// <summary>Moves the clock on to <paramref name="now"/>: every limit passed since is counted, and unanswered ones noted as breaches.</summary>
    public void Advance(DateTimeOffset now)
    {
        if (now <= _now)
        {
            return;
        }

        _now = now;
        while (_limits.TryPeek(out var limit, out var due) && due < now)
        {
            _limits.Dequeue();
            if (!_watched.TryGetValue(limit.TicketId, out var watched) || watched.Ticket.Version != limit.Version)
            {
                continue;
            }

            if (limit.Kind == LimitKind.Response)
            {
                // The same three counts TicketContribution gives an unanswered request past its limit.
                _counts.Requests.Breached++;
                _counts.Requests.ResponseOverdue++;
                _counts.Month(ChinaTime.Month(watched.Ticket.SubmittedAt)).Breached++;
                _breaches.Add(watched.Ticket);
            }
            else if (limit.Kind == LimitKind.Settle)
            {
                _counts.Requests.Overdue++;
            }
            else
            {
                _counts.Requests.OpenLongRunning++;
            }

            if (--watched.LimitsAhead == 0)
            {
                _watched.Remove(limit.TicketId);
            }
        }

        foreach (var (_, waiting) in _waiting)
        {
            NeedsRebuild |= waiting.Exists(w => now - w.Since > WaitForEarlierChange);
        }
    }

    /// <summary>The first moment after the last advance at which the clock alone moves a count; null when none can.</summary>
    public DateTimeOffset? NextChange()
    {
        while (_limits.TryPeek(out var limit, out var due))
        {
            if (_watched.TryGetValue(limit.TicketId, out var watched) && watched.Ticket.Version == limit.Version)
            {
                // "Past the limit" means strictly later than it: the count moves one tick after the limit.
                return due.AddTicks(1);
            }

            _limits.Dequeue();
        }

        return null;
    }

    /// <summary>Requests whose response limit ran out unanswered since last asked.</summary>
    public IReadOnlyList<TicketFacts> TakeBreaches()
    {
        if (_breaches.Count == 0)
        {
            return [];
        }

        TicketFacts[] taken = [.. _breaches];
        _breaches.Clear();
        return taken;
    }

    /// <summary>Adds the request figures as of <paramref name="now"/> to <paramref name="figures"/>.</summary>
    public void AddTo(PlaceFigures figures, DateTimeOffset now)
    {
        Advance(now);
        new FiguresCalculator.Windows(_now).Trim(_counts);
        figures.Add(_counts);
    }

    private void Count(string ticketId, int toVersion, TicketFacts? before, TicketFacts after)
    {
        var windows = new FiguresCalculator.Windows(_now);
        if (before is not null)
        {
            TicketContribution.Count(_counts, before, _now, windows, -1);
        }

        TicketContribution.Count(_counts, after, _now, windows);
        _watched.Remove(ticketId);
        Watch(after);
        Remember(ticketId, toVersion, _now);
    }

    private void Watch(TicketFacts ticket)
    {
        if (!ticket.Status.IsOpen())
        {
            return;
        }

        var limits = 0;
        if (ticket.RespondedAt is null && ticket.ResponseDue >= _now)
        {
            _limits.Enqueue(new TicketLimit(ticket.Id, ticket.Version, LimitKind.Response), ticket.ResponseDue);
            limits++;
        }

        if (ticket.SettleDue >= _now)
        {
            _limits.Enqueue(new TicketLimit(ticket.Id, ticket.Version, LimitKind.Settle), ticket.SettleDue);
            limits++;
        }

        var longRunning = ticket.SubmittedAt + RequestCounts.LongRunning;
        if (longRunning >= _now)
        {
            _limits.Enqueue(new TicketLimit(ticket.Id, ticket.Version, LimitKind.LongRun), longRunning);
            limits++;
        }

        if (limits > 0)
        {
            _watched[ticket.Id] = new WatchedTicket(ticket) { LimitsAhead = limits };
        }
    }

    private void Remember(string ticketId, int version, DateTimeOffset at)
    {
        _counted[ticketId] = new CountedVersion(version, at);
        _countedOrder.Enqueue((ticketId, at));
    }

    private void Wait(string ticketId, WaitingChange change)
    {
        if (!_waiting.TryGetValue(ticketId, out var waiting))
        {
            _waiting[ticketId] = waiting = [];
        }

        if (!waiting.Exists(w => w.ToVersion == change.ToVersion))
        {
            waiting.Add(change);
        }
    }

    private void ForgetOldVersions()
    {
        while (_countedOrder.TryPeek(out var remembered) && _now - remembered.At >= RememberChanges)
        {
            _countedOrder.Dequeue();
            if (_counted.TryGetValue(remembered.TicketId, out var counted) && counted.At == remembered.At && !_waiting.ContainsKey(remembered.TicketId))
            {
                _counted.Remove(remembered.TicketId);
            }
        }
    }

    private sealed class WatchedTicket(TicketFacts ticket)
    {
        public TicketFacts Ticket { get; } = ticket;

        public int LimitsAhead { get; set; }
    }

    private readonly record struct TicketLimit(string TicketId, int Version, LimitKind Kind);

    /// <summary>What passing a limit moves: the response clock, the settle clock, or a request turning long-running.</summary>
    private enum LimitKind
    {
        Response,
        Settle,
        LongRun,
    }

    private sealed record CountedVersion(int Version, DateTimeOffset At);

    private sealed record WaitingChange(int FromVersion, int ToVersion, TicketFacts? Before, TicketFacts After, DateTimeOffset Since);
}
