using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// Writers on every silo's API at once, on the same grains: new filings, the steps of shared tickets (claim, settle,
/// reopen, round and round) and ticks of shared milestones made with If-Match. Shared tickets are filed through each
/// silo in turn, so each lives where it was filed; a writer steps those of its own silo and those of the next, so every
/// ticket is written through two silos. Each writer reads through its silo and acts on what it read, so writers on
/// different silos race for the same step: the loser must be refused (409, 412) or asked to retry (503), never
/// acknowledged over the winner. Every answer is counted; afterwards each acknowledged write must be in durable state
/// exactly once, and no write of ours may be there twice.
/// </summary>
internal sealed class ContendedWrites
{
    private const int SharedTicketsPerEntry = 2;
    private const int SharedPlans = 2;
    private const int MilestonesPerPlan = 3;
    private const string NoAnswer = "no answer";

    // The notes only mark the writes so the check can find them in each history; public, so any reader sees them.
    private const string Public = "public";

    /// <summary>A bound on each writer, far above what it reaches in a run; the stop signal ends it first.</summary>
    private const int MaxWritesPerWriter = 5_000;

    private readonly IReadOnlyList<string> _compounds;
    private readonly List<List<string>> _tickets = [];
    private readonly List<string> _plans = [];
    private readonly ConcurrentBag<AcknowledgedWrite> _acknowledged = [];
    private readonly ConcurrentDictionary<(int Entry, string Answer), int> _answers = new();

    private ContendedWrites(IReadOnlyList<string> compounds) => _compounds = compounds;

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public IReadOnlyCollection<AcknowledgedWrite> Acknowledged => _acknowledged;

    public int Attempted(int entry) => _answers.Where(a => a.Key.Entry == entry).Sum(a => a.Value);

    /// <summary>The answers one silo gave, by status code ("no answer" when the connection failed or timed out).</summary>
    public IEnumerable<(string Answer, int Count)> Answers(int entry) =>
        _answers.Where(a => a.Key.Entry == entry).OrderBy(a => a.Key.Answer, StringComparer.Ordinal).Select(a => (a.Key.Answer, a.Value));

    /// <summary>Shared tickets filed and acknowledged through each silo in turn (so they live on all three), and shared plans.</summary>
    public static async Task<ContendedWrites> Prepare(IReadOnlyList<Api> entries, IReadOnlyList<string> compounds)
    {
        var writes = new ContendedWrites(compounds);
        for (var entry = 0; entry < entries.Count; entry++)
        {
            writes._tickets.Add([]);
            for (var i = 0; i < SharedTicketsPerEntry; i++)
            {
                var api = entries[entry];
                var filed = await api.FileTicket(compounds[((entry * SharedTicketsPerEntry) + i) % compounds.Count], "shared by every writer");
                filed.EnsureSuccessStatusCode();
                var id = await api.Id(filed);
                (await api.Acknowledge(id)).EnsureSuccessStatusCode();
                writes._tickets[entry].Add(id);
            }
        }

        foreach (var compound in compounds.Take(SharedPlans))
        {
            var slug = $"partition-{Guid.NewGuid():N}"[..18];
            var created = await entries[0].Post($"/api/v1/compounds/{compound}/plans", new
            {
                slug,
                title = "Partition-test plan",
                parties = new[] { "community" },
                periodStart = "2026-01-01",
                periodEnd = "2027-12-31",
                milestones = Enumerable.Range(1, MilestonesPerPlan)
                    .Select(i => new { id = $"m{i}", title = $"Milestone {i}", kind = "other", due = "2027-12-31", weight = i, owner = "community" }),
            });
            created.EnsureSuccessStatusCode();
            writes._plans.Add($"{compound}.plan-{slug}");
        }

        return writes;
    }

    /// <summary>Writes through every silo (one API client each, in the order of preparation) until stopped, <paramref name="writersPerEntry"/> writers on each.</summary>
    public Task Run(IReadOnlyList<Api> entries, int writersPerEntry, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, entries.Count * writersPerEntry).Select(writer => Write(entries, writer % entries.Count, writer, stop)));

    /// <summary>
    /// Every acknowledged write, read back from its grain's durable state: a filing is there, a step is in its
    /// grain's history exactly once; no note of ours is in a history twice. Returns what is not so.
    /// </summary>
    public async Task<List<string>> FindLostOrDoubled(Api reader)
    {
        var problems = new List<string>();
        foreach (var filing in _acknowledged.Where(w => w.Action == "file"))
        {
            var ticket = await reader.JsonOnceAnswered($"/api/v1/tickets/{filing.Grain}");
            if (ticket.GetProperty("description").GetString() != filing.Note)
            {
                problems.Add($"filing '{filing.Note}' acknowledged as {filing.Grain}, which holds '{ticket.GetProperty("description").GetString()}'");
            }
        }

        foreach (var id in _tickets.SelectMany(t => t))
        {
            var history = (await reader.JsonOnceAnswered($"/api/v1/tickets/{id}")).GetProperty("history").EnumerateArray()
                .Select(h => (Action: h.GetProperty("action").GetString()!, Note: h.GetProperty("note").GetString())).ToList();
            problems.AddRange(Compare(id, history, _acknowledged.Where(w => w.Grain == id)));
        }

        foreach (var id in _plans)
        {
            foreach (var milestone in (await reader.JsonOnceAnswered($"/api/v1/plans/{id}")).GetProperty("milestones").EnumerateArray())
            {
                var name = milestone.GetProperty("id").GetString()!;
                var history = milestone.GetProperty("history").EnumerateArray()
                    .Select(h => (Action: h.GetProperty("done").GetBoolean() ? "tick" : "untick", Note: h.GetProperty("note").GetString())).ToList();
                problems.AddRange(Compare($"{id}/{name}", history, _acknowledged.Where(w => w.Grain == id && w.Milestone == name)));
            }
        }

        return problems;
    }

    private static IEnumerable<string> Compare(string grain, List<(string Action, string? Note)> history, IEnumerable<AcknowledgedWrite> acknowledged)
    {
        foreach (var write in acknowledged)
        {
            var found = history.Count(h => h == (write.Action, write.Note));
            if (found != 1)
            {
                yield return $"{grain}: acknowledged {write.Action} '{write.Note}' (through silo {write.Entry} at {write.At.TotalSeconds:F1} s) is in its history {found} times";
            }
        }

        foreach (var doubled in history.Where(h => h.Note is not null).GroupBy(h => h.Note).Where(g => g.Count() > 1))
        {
            yield return $"{grain}: '{doubled.Key}' is in its history {doubled.Count()} times";
        }
    }

    private async Task Write(IReadOnlyList<Api> entries, int entry, int writer, CancellationToken stop)
    {
        var api = entries[entry];
        for (var n = 0; n < MaxWritesPerWriter && !stop.IsCancellationRequested; n++)
        {
            var note = $"silo {entry} writer {writer} write {n}";
            var turn = writer + n;
            switch (n % 4)
            {
                case 0:
                    await File(api, entry, _compounds[turn % _compounds.Count], note);
                    break;
                case 1:
                    await StepTicket(api, entry, _tickets[entry][turn % SharedTicketsPerEntry], note);
                    break;
                case 2:
                    await StepTicket(api, entry, _tickets[(entry + 1) % entries.Count][turn % SharedTicketsPerEntry], note);
                    break;
                default:
                    await TickMilestone(api, entry, _plans[turn % _plans.Count], $"m{(turn % MilestonesPerPlan) + 1}", note);
                    break;
            }
        }
    }

    private Task File(Api api, int entry, string compound, string note) =>
        Send(entry, () => api.FileTicket(compound, note), async response => new AcknowledgedWrite(await api.Id(response), null, "file", note, entry, Clock.Elapsed));

    /// <summary>The next step of the ticket's round as this silo sees it: claim, settle, reopen.</summary>
    private async Task StepTicket(Api api, int entry, string ticket, string note)
    {
        if (await Read(api, $"/api/v1/tickets/{ticket}") is not { } read)
        {
            return;
        }

        var status = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
        var (action, body) = status switch
        {
            "acknowledged" => ("claim", (object)new { party = "propertyCompany", claimantName = "Partition property", note, visibility = Public }),
            "claimed" => ("settle", new { note, visibility = Public }),
            "settled" => ("reopen", new { note, visibility = Public }),
            _ => throw new InvalidOperationException($"shared ticket {ticket} left the round: it is {status}"),
        };
        await Send(entry, () => api.Post($"/api/v1/tickets/{ticket}/{action}", body), _ => Task.FromResult(new AcknowledgedWrite(ticket, null, action, note, entry, Clock.Elapsed)));
    }

    /// <summary>Ticks or unticks as this silo sees the milestone, only if the plan has not changed since (If-Match).</summary>
    private async Task TickMilestone(Api api, int entry, string plan, string milestone, string note)
    {
        if (await Read(api, $"/api/v1/plans/{plan}") is not { } read || read.Headers.ETag is not { } etag)
        {
            return;
        }

        var done = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("milestones").EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == milestone).GetProperty("done").GetBoolean();
        var action = done ? "untick" : "tick";
        await Send(entry, () => api.Post($"/api/v1/plans/{plan}/milestones/{milestone}/{action}", new { note }, etag),
            _ => Task.FromResult(new AcknowledgedWrite(plan, milestone, action, note, entry, Clock.Elapsed)));
    }

    /// <summary>A read a write depends on; when it fails no write is tried (and none is counted).</summary>
    private static async Task<HttpResponseMessage?> Read(Api api, string path)
    {
        try
        {
            var response = await api.Get(path);
            return response.IsSuccessStatusCode ? response : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await Task.Delay(200);
            return null;
        }
    }

    private async Task Send(int entry, Func<Task<HttpResponseMessage>> write, Func<HttpResponseMessage, Task<AcknowledgedWrite>> acknowledged)
    {
        HttpResponseMessage response;
        try
        {
            response = await write();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            _answers.AddOrUpdate((entry, NoAnswer), 1, (_, n) => n + 1);
            await Task.Delay(200);
            return;
        }

        _answers.AddOrUpdate((entry, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)), 1, (_, n) => n + 1);
        if (response.IsSuccessStatusCode)
        {
            _acknowledged.Add(await acknowledged(response));
        }
        else if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            await Task.Delay(200);
        }
    }
}
