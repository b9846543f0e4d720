using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Places;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Open311;

/// <summary>
/// Finds the requests a <see cref="RequestQuery"/> asks for. Each compound lists its ticket ids, and ids carry their
/// filing time, so the time window is applied before any ticket is loaded; the rest are loaded newest first, a batch
/// at a time, until <see cref="RequestQuery.MaxResults"/> match.
/// </summary>
public sealed class RequestSearch(IGrainFactory grains, Open311Options options)
{
    private const int BatchSize = 100;

    public async Task<IReadOnlyList<Ticket>> Find(RequestQuery query, CompoundIndex compounds)
    {
        if (query.Ids is { } ids)
        {
            // Asked for by id: the other filters do not apply; ids that name nothing here are left out.
            var asked = await Load(ids.Where(TicketIds.IsWellFormed).Distinct());
            return [.. asked.Where(t => options.Covers(t.CompoundId))];
        }

        var listed = await Task.WhenAll(compounds.Compounds.Select(c => grains.GetGrain<ICompoundGrain>(c.Id).GetTicketIds()));
        var candidates = listed.SelectMany(x => x)
            .Where(id => TicketIds.FiledAt(id) is { } at && at >= query.From && at <= query.To)
            .OrderByDescending(id => id, StringComparer.Ordinal)
            .ToList();
        var found = new List<Ticket>();
        foreach (var batch in candidates.Chunk(BatchSize))
        {
            found.AddRange((await Load(batch)).Where(query.Matches));
            if (found.Count >= RequestQuery.MaxResults)
            {
                break;
            }
        }

        return [.. found.Take(RequestQuery.MaxResults)];
    }

    /// <summary>The ticket behind an id, or a 404 in GeoReport's words.</summary>
    public async Task<Ticket> One(string id) =>
        (await Load([id])) is [var ticket] && options.Covers(ticket.CompoundId)
            ? ticket
            : throw new Open311Exception(404, $"service request '{id}' was not found.");

    private async Task<IReadOnlyList<Ticket>> Load(IEnumerable<string> ids)
    {
        var tickets = await Task.WhenAll(ids.Where(TicketIds.IsWellFormed).Select(async id =>
        {
            try
            {
                return await grains.GetGrain<ITicketGrain>(id).Get();
            }
            catch (DomainRuleException missing) when (missing.Violation == RuleViolation.NotFound)
            {
                return null;
            }
        }));
        return [.. tickets.OfType<Ticket>()];
    }
}
