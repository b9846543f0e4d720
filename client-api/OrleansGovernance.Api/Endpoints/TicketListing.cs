using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>
/// Pages of the tickets under a place: every compound answers its own newest matching ids from memory, the pages are
/// merged by id (ids sort by filing time), and only the tickets on the merged page are read in full.
/// </summary>
internal static class TicketListing
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static async Task<TicketPage> Page(IGrainFactory grains, IReadOnlyList<string> compounds, TicketQuery query, int limit, Caller caller)
    {
        // One more than the page holds, from each compound: if any is left over, there is a next page.
        var found = await FanOut.Map(compounds, id => grains.GetGrain<ICompoundGrain>(id).FindTickets(query with { Take = limit + 1 }));
        var ids = found.SelectMany(page => page).Distinct().OrderDescending(StringComparer.Ordinal).Take(limit + 1).ToList();
        var page = ids.Take(limit).ToList();
        var tickets = await FanOut.Map(page, id => grains.GetGrain<ITicketGrain>(id).Get());
        return new TicketPage([.. tickets.Select(t => TicketView.For(t, caller))], ids.Count > limit ? TicketCursor.Of(page[^1]) : null);
    }
}
