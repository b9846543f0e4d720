using System.Collections.Concurrent;
using System.Net.Http.Json;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// Residents' requests filed and moved along over HTTP by several workers: answered, claimed, settled, rated, and
/// reopened once in a while, so ticket changes of every kind are in flight at any moment. Failures (a killed silo's
/// connections) are counted and the worker goes on.
/// </summary>
internal sealed class TicketTraffic(Api api, IReadOnlyList<string> compounds)
{
    private static readonly (string Action, object Body)[] Steps =
    [
        ("acknowledge", new { note = "on my way" }),
        ("claim", new { party = "propertyCompany", claimantName = "Chengfa property" }),
        ("settle", new { note = "fixed" }),
        ("rate", new { level = "satisfied" }),
        ("reopen", new { note = "the resident says it is still broken" }),
    ];

    private readonly ConcurrentDictionary<string, int> _stepOf = new();
    private int _changes;
    private int _failures;

    public int Changes => _changes;

    public int Failures => _failures;

    public async Task Run(int worker, CancellationToken stop)
    {
        var random = new Random(worker);
        var mine = new List<string>();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (mine.Count == 0 || random.Next(3) == 0)
                {
                    var filed = await api.FileTicket(compounds[random.Next(compounds.Count)], "Lift out of order");
                    Count(filed.IsSuccessStatusCode);
                    if (filed.IsSuccessStatusCode)
                    {
                        mine.Add(await api.Id(filed));
                    }

                    continue;
                }

                var ticket = mine[random.Next(mine.Count)];
                var step = _stepOf.GetOrAdd(ticket, 0);

                // After a reopening the request is acknowledged again: it goes on from the claim.
                var (action, body) = Steps[step];
                var moved = await api.Post($"/api/v1/tickets/{ticket}/{action}", body);
                Count(moved.IsSuccessStatusCode);
                if (moved.IsSuccessStatusCode)
                {
                    _stepOf[ticket] = action == "reopen" ? 1 : step + 1;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref _failures);
            }
        }
    }

    private void Count(bool succeeded) => Interlocked.Increment(ref succeeded ? ref _changes : ref _failures);
}
