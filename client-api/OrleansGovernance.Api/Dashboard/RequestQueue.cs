using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Endpoints;
using OrleansGovernance.Api.Dashboard.Requests;
using OrleansGovernance.Api.Places;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// The open requests of the compounds below a place, most urgent first. Tickets already closed are remembered and
/// not read again, since a closed ticket only comes back through a reopen, which the desk does not offer.
/// </summary>
public sealed class RequestQueue(IGrainFactory grains, PlaceTree places, TimeProvider clock)
{
    private const int ParallelReads = 16;
    private readonly HashSet<string> _closed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<PlaceReport>> _compounds = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<Ticket>> Open(string placeId)
    {
        var compounds = await places.CompoundsUnder(placeId);
        var ids = (await Task.WhenAll(compounds.Select(c => grains.GetGrain<ICompoundGrain>(c).GetTicketIds())))
            .SelectMany(i => i)
            .Where(id => !_closed.Contains(id))
            .ToList();
        var tickets = new List<Ticket>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads }, async (id, _) =>
        {
            var ticket = await grains.GetGrain<ITicketGrain>(id).Get();
            lock (tickets)
            {
                if (ticket.Status.IsOpen())
                {
                    tickets.Add(ticket);
                }
                else
                {
                    _closed.Add(id);
                }
            }
        });
        return MostUrgentFirst(tickets, clock.GetUtcNow());
    }

    /// <summary>
    /// The compounds below a place as their reports name them, in the order the place lists them; read once per place,
    /// since a compound's name does not change while a desk is open.
    /// </summary>
    public async Task<IReadOnlyList<PlaceReport>> Compounds(string placeId)
    {
        if (!_compounds.TryGetValue(placeId, out var reports))
        {
            var ids = await places.CompoundsUnder(placeId);
            reports = await FanOut.Map(ids, async id => await (await places.Figures(id)).GetReport());
            _compounds[placeId] = reports;
        }

        return reports;
    }

    /// <summary>
    /// Least time left first, ties by id: the same requests always come in the same order, so a fresh read never
    /// reshuffles rows under a hand that is about to click one.
    /// </summary>
    public static IReadOnlyList<Ticket> MostUrgentFirst(IEnumerable<Ticket> tickets, DateTimeOffset now) =>
        [.. tickets.OrderBy(t => TimeLeft(t, now)).ThenBy(t => t.Id, StringComparer.Ordinal)];

    /// <summary>Time left on the clock that runs now (<see cref="DeskClock"/>): the response limit until acknowledged, then the settle limit.</summary>
    private static TimeSpan TimeLeft(Ticket ticket, DateTimeOffset now) => (DeskClock.Running(ticket)?.Due ?? ticket.SettleDue) - now;
}
