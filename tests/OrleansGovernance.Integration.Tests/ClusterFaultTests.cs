using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Npgsql;
using Xunit.Abstractions;

namespace OrleansGovernance.Integration.Tests;

/// <summary>A three-silo cluster on PostgreSQL under the faults operators meet: crashes, restarts, a stale activation.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterFaultTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private static readonly string[] Compounds =
    [
        "xiamen.jimei.xinglin.fangzhi.hualing-garden",
        "xiamen.jimei.xinglin.ningbao.ningbao-shijia",
        "xiamen.jimei.xinglin.lianting.lianhua-xincheng-yueyuan",
        "xiamen.jimei.xinglin.lianting.xiaoqu-02",
        "xiamen.jimei.xinglin.lianting.xiaoqu-03",
        "xiamen.jimei.xinglin.lianting.xiaoqu-04",
    ];

    [Fact]
    public async Task Killing_one_of_three_silos_mid_write_loses_no_acknowledged_write_and_the_cluster_serves_again_within_30_seconds()
    {
        await using var cluster = await SiloCluster.Start(await postgres.CreateDatabase(), size: 3);
        using var api = new Api(cluster.Front.BaseAddress);
        var writer = new AcknowledgedWrites(api, Compounds);
        await writer.PreparePlans();

        using var stop = new CancellationTokenSource();
        var writing = Task.WhenAll(Enumerable.Range(0, 4).Select(worker => writer.Run(worker, stop.Token)));
        await Task.Delay(TimeSpan.FromSeconds(4));
        var killedAt = writer.Clock.Elapsed;
        cluster.Silos[2].Kill();
        await Task.Delay(TimeSpan.FromSeconds(35));
        await stop.CancelAsync();
        await writing;

        var lastFailure = writer.LastFailureAt;
        output.WriteLine($"acknowledged {writer.Acknowledged}, failed {writer.Failed}, last failure {lastFailure - killedAt} after the kill");
        Assert.True(writer.Acknowledged > 50, $"only {writer.Acknowledged} writes were acknowledged");
        Assert.True(lastFailure is null || lastFailure - killedAt < TimeSpan.FromSeconds(30),
            $"writes still failed {lastFailure - killedAt} after the kill; {writer.Failed} failed in all");
        await writer.VerifyEveryAcknowledgedWriteIsReadableExactlyOnce();
    }

    [Fact]
    public async Task Stopping_and_restarting_every_silo_brings_back_all_state_and_the_same_figures()
    {
        await using var cluster = await SiloCluster.Start(await postgres.CreateDatabase(), size: 3);
        using (var api = new Api(cluster.Front.BaseAddress))
        {
            var writer = new AcknowledgedWrites(api, Compounds);
            await writer.PreparePlans();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await Task.WhenAll(Enumerable.Range(0, 2).Select(worker => writer.Run(worker, stop.Token)));
            var before = await Eventually.Stable(async () => Figures(await api.Json("/api/v1/regions/xiamen/summary")));

            await cluster.Restart();

            using var after = new Api(cluster.Front.BaseAddress);
            Assert.Equal(before, Figures(await after.Json("/api/v1/regions/xiamen/summary")));
            await new AcknowledgedWrites(after, Compounds, writer).VerifyEveryAcknowledgedWriteIsReadableExactlyOnce();
        }
    }

    [Fact]
    public async Task A_write_that_meets_a_newer_stored_version_is_replayed_on_it_so_neither_update_is_lost()
    {
        var connectionString = await postgres.CreateDatabase();
        await using var cluster = await SiloCluster.Start(connectionString, size: 1);
        using var api = new Api(cluster.Front.BaseAddress);
        var ticketId = await api.Id(await api.FileTicket(Compounds[0], "Lift out of order"));

        // Another activation of the same grain (say, on a silo that has not yet learned it was declared dead) writes first.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var rival = new NpgsqlCommand("""
                UPDATE orleans_grain_state
                SET payload = jsonb_set(payload, '{location}', '"Building 7, lift B"'), version = version + 1
                WHERE state_name = 'ticket' AND grain_id_extension = @id
                """, connection);
            rival.Parameters.AddWithValue("id", ticketId);
            Assert.Equal(1, await rival.ExecuteNonQueryAsync());
        }

        var acknowledged = await api.Acknowledge(ticketId);

        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        var ticket = await api.Json($"/api/v1/tickets/{ticketId}");
        Assert.Equal(("acknowledged", "Building 7, lift B"), (ticket.GetProperty("status").GetString(), ticket.GetProperty("location").GetString()));
    }

    [Fact]
    public async Task With_the_database_down_writes_answer_503_reads_of_active_grains_still_work_and_all_recovers_without_a_restart()
    {
        await using var cluster = await SiloCluster.Start(await postgres.CreateDatabase(), size: 1);
        using var api = new Api(cluster.Front.BaseAddress);
        var ticketId = await api.Id(await api.FileTicket(Compounds[1], "Broken street light"));
        var figuresBefore = await Eventually.Stable(async () => Figures(await api.Json("/api/v1/regions/xiamen/summary")));

        await postgres.Stop();
        try
        {
            var refused = await api.Acknowledge(ticketId);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
            Assert.Equal(figuresBefore, Figures(await api.Json("/api/v1/regions/xiamen/summary")));
            Assert.Equal(HttpStatusCode.OK, (await api.Get($"/api/v1/compounds/{Compounds[0]}")).StatusCode);
        }
        finally
        {
            await postgres.Start();
        }

        var clock = Stopwatch.StartNew();
        HttpResponseMessage retried;
        do
        {
            await Task.Delay(500);
            retried = await api.Acknowledge(ticketId);
        }
        while (retried.StatusCode == HttpStatusCode.ServiceUnavailable && clock.Elapsed < TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("acknowledged", (await api.Json($"/api/v1/tickets/{ticketId}")).GetProperty("status").GetString());
    }

    /// <summary>The figures that must survive a restart unchanged (the clock-relative windows and the snapshot version aside).</summary>
    private static string Figures(JsonElement summary) => string.Join(" | ",
        new[] { "requests", "satisfaction", "plans", "meetings", "compounds", "ownersCommitteePartyMembers" }
            .Select(name => $"{name}={summary.GetProperty(name).GetRawText()}"));
}
