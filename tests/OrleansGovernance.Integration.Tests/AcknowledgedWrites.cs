using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// Files requests and ticks milestones over HTTP from several workers, and remembers exactly which writes were
/// acknowledged (2xx). A write that failed may or may not have happened; one that was acknowledged must be
/// readable afterwards, exactly once.
/// </summary>
internal sealed class AcknowledgedWrites(Api api, IReadOnlyList<string> compounds, AcknowledgedWrites? recorded = null)
{
    private const int MilestonesPerWorker = 2;
    private const int Workers = 4;

    private readonly ConcurrentBag<(string Compound, string Ticket)> _tickets = recorded?._tickets ?? [];
    private readonly ConcurrentBag<(string Plan, string Milestone, string Note)> _ticks = recorded?._ticks ?? [];
    private readonly List<string> _plans = recorded?._plans ?? [];
    private long _failedAtTicks = -1;
    private int _acknowledged;
    private int _failed;

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public int Acknowledged => _acknowledged;

    public int Failed => _failed;

    public TimeSpan? LastFailureAt => _failedAtTicks < 0 ? null : TimeSpan.FromTicks(Interlocked.Read(ref _failedAtTicks));

    /// <summary>One plan per compound, with two milestones for each worker, so workers never tick the same one.</summary>
    public async Task PreparePlans()
    {
        foreach (var compound in compounds)
        {
            var slug = $"fault-{Guid.NewGuid():N}"[..14];
            var response = await api.Post($"/api/v1/compounds/{compound}/plans", new
            {
                slug,
                title = "Fault-test plan",
                parties = new[] { "community" },
                periodStart = "2026-01-01",
                periodEnd = "2026-12-31",
                milestones = Enumerable.Range(1, Workers * MilestonesPerWorker)
                    .Select(i => new { id = $"m{i}", title = $"Milestone {i}", kind = "other", due = "2026-12-31", weight = 1, owner = "community" }),
            });
            response.EnsureSuccessStatusCode();
            _plans.Add($"{compound}.plan-{slug}");
        }
    }

    public async Task Run(int worker, CancellationToken stop)
    {
        var done = new Dictionary<(string, string), bool>();
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            try
            {
                if (n % 3 == 2)
                {
                    await Tick(worker, n, done);
                }
                else
                {
                    await File(worker, n);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Failure();
            }
        }
    }

    /// <summary>
    /// Every acknowledged request can be read, and its compound lists it exactly once; compounds that lost events
    /// with a killed silo heal from storage, so their lists are given the healing time (30 s) to catch up.
    /// </summary>
    public async Task VerifyEveryAcknowledgedWriteIsReadableExactlyOnce()
    {
        foreach (var (_, ticket) in _tickets)
        {
            Assert.Equal(ticket, (await api.Json($"/api/v1/tickets/{ticket}")).GetProperty("id").GetString());
        }

        foreach (var group in _tickets.GroupBy(t => t.Compound))
        {
            var expected = group.Select(t => t.Ticket).ToHashSet();
            var stored = await Eventually.Until(
                async () => (await api.Json($"/api/v1/compounds/{group.Key}/tickets")).EnumerateArray().Select(e => e.GetString()!).ToList(),
                ids => expected.IsSubsetOf(ids),
                TimeSpan.FromSeconds(30));
            foreach (var ticket in expected)
            {
                Assert.Equal(1, stored.Count(id => id == ticket));
            }
        }

        foreach (var plan in _ticks.GroupBy(t => t.Plan))
        {
            var milestones = (await api.Json($"/api/v1/plans/{plan.Key}")).GetProperty("milestones").EnumerateArray()
                .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("note").GetString()).ToList());
            foreach (var (_, milestone, note) in plan)
            {
                Assert.Equal(1, milestones[milestone].Count(n => n == note));
            }
        }
    }

    private async Task File(int worker, int n)
    {
        var compound = compounds[(worker + n) % compounds.Count];
        var response = await api.FileTicket(compound, $"worker {worker} request {n}");
        if (response.StatusCode == HttpStatusCode.Created)
        {
            _tickets.Add((compound, await api.Id(response)));
            Interlocked.Increment(ref _acknowledged);
        }
        else
        {
            Failure();
        }
    }

    private async Task Tick(int worker, int n, Dictionary<(string, string), bool> done)
    {
        var plan = _plans[n % _plans.Count];
        var milestone = $"m{(worker * MilestonesPerWorker) + (n % MilestonesPerWorker) + 1}";
        var isDone = done.GetValueOrDefault((plan, milestone));
        var note = $"worker {worker} step {n}";
        var response = await api.Tick(plan, milestone, note, undo: isDone);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            _ticks.Add((plan, milestone, note));
            done[(plan, milestone)] = !isDone;
            Interlocked.Increment(ref _acknowledged);
        }
        else
        {
            // 409: an earlier attempt that was not acknowledged did take effect; our view of the milestone is behind.
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                done[(plan, milestone)] = !isDone;
            }

            Failure();
        }
    }

    private void Failure()
    {
        Interlocked.Increment(ref _failed);
        Interlocked.Exchange(ref _failedAtTicks, Clock.Elapsed.Ticks);
    }
}
