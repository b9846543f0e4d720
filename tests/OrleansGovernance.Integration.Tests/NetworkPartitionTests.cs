using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// A three-silo cluster on PostgreSQL, each silo in a network namespace of its own, with one silo cut off from its two
/// peers while it still reaches the database and its clients: the split-brain case, since the cut-off silo keeps its
/// activations and its row in the membership table and can still write, while the others declare it dead and activate
/// its grains again. Needs root for ip netns (as the CI runner and this machine have); fails loudly without it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class NetworkPartitionTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int Isolated = 2;
    private const string City = "harbour";
    private const string District = City + ".district";
    private const string Subdistrict = District + ".subdistrict";

    /// <summary>How long the cut outlasts the death declaration: the other two serve alone meanwhile.</summary>
    private static readonly TimeSpan HeldAfterDeath = TimeSpan.FromSeconds(3);

    /// <summary>A client's patience: a silo that cannot reach its peers makes some calls wait for the 10-s grain call timeout.</summary>
    private static readonly TimeSpan WriterTimeout = TimeSpan.FromSeconds(3);

    private static readonly string[] Communities = [.. new[] { "north", "south", "west" }.Select(c => $"{Subdistrict}.{c}")];

    private static readonly string[] Compounds = [.. Communities.SelectMany(c => new[] { $"{c}.east-garden", $"{c}.west-garden" })];

    [Fact]
    public async Task A_silo_cut_off_from_its_peers_is_declared_dead_and_stops_no_acknowledged_write_is_lost_or_doubled_and_figures_are_exact_within_30_seconds_of_healing()
    {
        var total = Stopwatch.StartNew();
        await using var cluster = await PartitionedCluster.Start(postgres, size: 3);
        var started = total.Elapsed;
        var readers = cluster.Silos.Select(s => new Api(s.BaseAddress)).ToList();
        var writers = cluster.Silos.Select(s => new Api(s.BaseAddress, timeout: WriterTimeout)).ToList();
        try
        {
            await DefinePlaces(readers[0]);
            var writes = await ContendedWrites.Prepare(readers, Compounds);
            using var stop = new CancellationTokenSource();
            var writing = writes.Run(writers, writersPerEntry: 2, stop.Token);
            await Task.Delay(TimeSpan.FromSeconds(3));

            var timeline = new PartitionTimeline { CutAt = writes.Clock.Elapsed };
            await cluster.Cut(Isolated);
            var votes = await cluster.WaitUntilDeclaredDead(Isolated, TimeSpan.FromSeconds(45));
            timeline.DeclaredDeadAt = writes.Clock.Elapsed;
            var stopping = WaitUntilStopped(cluster, writes.Clock, timeline);
            await Task.Delay(HeldAfterDeath);
            await cluster.Heal(Isolated);
            timeline.HealedAt = writes.Clock.Elapsed;
            await stop.CancelAsync();

            // The cut-off silo may still be writing until it learns its fate; figures are asked to be exact once it
            // and the writers have stopped, while it is started again beside.
            var rejoining = Rejoin(cluster, readers, stopping, writes.Clock, timeline);
            await stopping;
            await writing;
            var exactAfterHealing = await WaitUntilExact(cluster, readers[0], timeline.HealedAt + TimeSpan.FromSeconds(30) - writes.Clock.Elapsed);
            timeline.ExactAt = writes.Clock.Elapsed;
            var servingAgain = await rejoining;
            var lostOrDoubled = await writes.FindLostOrDoubled(readers[0]);
            var exactAtTheEnd = await WaitUntilExact(cluster, readers[0], TimeSpan.FromSeconds(30));

            Report(writes, timeline, votes, lostOrDoubled.Count);
            output.WriteLine($"cluster started in {started.TotalSeconds:F1} s; whole test {total.Elapsed.TotalSeconds:F1} s");
            Assert.True(votes is not null, $"the cut-off silo was not declared dead within 45 s; its log {cluster.Silos[Isolated].LogPath}");
            Assert.True(timeline.StoppedAt is not null, $"the cut-off silo was declared dead but still ran 30 s after healing; its log {cluster.Silos[Isolated].LogPath}");
            Assert.Empty(lostOrDoubled);
            Assert.Equal(exactAfterHealing.Recomputed, exactAfterHealing.Served);
            Assert.All(servingAgain, Assert.True);
            Assert.Equal(exactAtTheEnd.Recomputed, exactAtTheEnd.Served);
            Assert.All(Enumerable.Range(0, 3), entry => Assert.DoesNotContain(writes.Answers(entry), a => a.Answer is not ("200" or "201" or "409" or "412" or "503" or "no answer")));
        }
        finally
        {
            readers.Concat(writers).ToList().ForEach(api => api.Dispose());
        }
    }

    /// <summary>A city of three communities of two compounds each, defined through the API.</summary>
    private static async Task DefinePlaces(Api admin)
    {
        (await admin.Put($"/api/v1/regions/{City}", new { id = City, name = "Harbour", nameZh = "港城", level = "city" })).EnsureSuccessStatusCode();
        (await admin.Put($"/api/v1/regions/{District}", new { id = District, name = "District", nameZh = "区", level = "district", parentId = City })).EnsureSuccessStatusCode();
        (await admin.Put($"/api/v1/regions/{Subdistrict}", new { id = Subdistrict, name = "Subdistrict", nameZh = "街道", level = "subdistrict", parentId = District })).EnsureSuccessStatusCode();
        foreach (var community in Communities)
        {
            (await admin.Put($"/api/v1/communities/{community}", new { id = community, name = "Community", nameZh = "社区", regionId = Subdistrict })).EnsureSuccessStatusCode();
        }

        foreach (var compound in Compounds)
        {
            (await admin.Put($"/api/v1/compounds/{compound}", new { id = compound, name = "Compound", nameZh = "小区", communityId = compound[..compound.LastIndexOf('.')], households = 300 })).EnsureSuccessStatusCode();
        }
    }

    /// <summary>Waits for the cut-off silo to stop, as Orleans stops a silo that learns it was declared dead, for up to 30 s after healing.</summary>
    private static async Task<bool> WaitUntilStopped(PartitionedCluster cluster, Stopwatch clock, PartitionTimeline timeline)
    {
        if (!await cluster.WaitUntilExited(Isolated, HeldAfterDeath + TimeSpan.FromSeconds(30)))
        {
            return false;
        }

        timeline.StoppedAt = clock.Elapsed;
        return true;
    }

    /// <summary>Once the cut-off silo has stopped, starts it again as a supervisor would and waits until every silo acknowledges a filing; returns whether each did.</summary>
    private static async Task<bool[]> Rejoin(PartitionedCluster cluster, List<Api> apis, Task<bool> stopping, Stopwatch clock, PartitionTimeline timeline)
    {
        if (!await stopping)
        {
            return [false];
        }

        await cluster.Restart(Isolated);
        var serving = await Task.WhenAll(apis.Select(ServesWritesAgain));
        timeline.ServingAt = clock.Elapsed;
        return serving;
    }

    /// <summary>Files through the silo until it acknowledges a filing, for up to 60 s.</summary>
    private static async Task<bool> ServesWritesAgain(Api api)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if ((await api.FileTicket(Compounds[0], "after the cut")).StatusCode == HttpStatusCode.Created)
                {
                    return true;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        return false;
    }

    /// <summary>Reads the city's and the subdistrict's summaries until both equal their recomputation from storage.</summary>
    private static Task<(string Served, string Recomputed)> WaitUntilExact(PartitionedCluster cluster, Api api, TimeSpan timeout) =>
        Eventually.Until(
            async () =>
            {
                var compared = new List<(string Served, string Recomputed)>();
                foreach (var place in new[] { City, Subdistrict })
                {
                    compared.Add(await DurableFigures.Compare(cluster.ConnectionString, place, await api.JsonOnceAnswered($"/api/v1/regions/{place}/summary")));
                }

                return (Served: string.Join(Environment.NewLine, compared.Select(c => c.Served)), Recomputed: string.Join(Environment.NewLine, compared.Select(c => c.Recomputed)));
            },
            compared => compared.Served == compared.Recomputed,
            timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero);

    private void Report(ContendedWrites writes, PartitionTimeline timeline, string? votes, int lostOrDoubled)
    {
        for (var entry = 0; entry < 3; entry++)
        {
            output.WriteLine($"silo {entry}{(entry == Isolated ? " (cut off)" : "")}: {writes.Attempted(entry)} writes attempted, "
                + $"{writes.Acknowledged.Count(w => w.Entry == entry)} acknowledged; answers " + string.Join(", ", writes.Answers(entry).Select(a => $"{a.Answer} x{a.Count}")));
        }

        var duringCut = writes.Acknowledged.Where(w => w.At >= timeline.CutAt && w.At < timeline.HealedAt).ToList();
        var zombie = writes.Acknowledged.Where(w => w.At >= timeline.DeclaredDeadAt && w.At < (timeline.StoppedAt ?? TimeSpan.MaxValue)).ToList();
        var bothSides = zombie.GroupBy(w => (w.Grain, w.Milestone)).Count(g => g.Any(w => w.Entry == Isolated) && g.Any(w => w.Entry != Isolated));
        output.WriteLine($"acknowledged {writes.Acknowledged.Count} writes, lost or doubled {lostOrDoubled}; during the cut {duringCut.Count}, "
            + $"{duringCut.Count(w => w.Entry == Isolated)} of them through the cut-off silo; between its death declaration and its stop "
            + $"{zombie.Count(w => w.Entry == Isolated)} through it, and {bothSides} grains acknowledged writes through both sides");
        output.WriteLine($"cut at {timeline.CutAt.TotalSeconds:F1} s; declared dead {Seconds(timeline.DeclaredDeadAt - timeline.CutAt)} after the cut (votes: {votes ?? "none"}); "
            + $"its process stopped {Seconds(timeline.StoppedAt - timeline.DeclaredDeadAt)} after the declaration; healed {Seconds(timeline.HealedAt - timeline.CutAt)} after the cut; "
            + $"after healing, all three silos acknowledged writes again in {Seconds(timeline.ServingAt - timeline.HealedAt)} (the stopped one restarted), "
            + $"city and subdistrict exact in {Seconds(timeline.ExactAt - timeline.HealedAt)}");
    }

    private static string Seconds(TimeSpan? span) => span is { } s ? $"{s.TotalSeconds:F1} s" : "never";
}
