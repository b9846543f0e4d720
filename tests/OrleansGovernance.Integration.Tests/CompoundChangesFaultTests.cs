using Npgsql;
using Xunit.Abstractions;

namespace OrleansGovernance.Integration.Tests;

/// <summary>Ticket changes travel to their compounds on the durable stream: a killed silo neither loses nor doubles one.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CompoundChangesFaultTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const string City = "xiamen";

    private static readonly string[] Compounds =
    [
        "xiamen.jimei.xinglin.fangzhi.hualing-garden",
        "xiamen.jimei.xinglin.ningbao.ningbao-shijia",
        "xiamen.jimei.xinglin.lianting.lianhua-xincheng-yueyuan",
        "xiamen.jimei.xinglin.lianting.xiaoqu-02",
    ];

    [Fact]
    public async Task A_silo_killed_with_changes_in_flight_leaves_every_level_exact_with_no_change_lost_or_applied_twice()
    {
        var connectionString = await postgres.CreateDatabase();
        await using var cluster = await SiloCluster.Start(connectionString, size: 3);
        using var api = new Api(cluster.Front.BaseAddress);
        var traffic = new TicketTraffic(api, Compounds);

        using var stop = new CancellationTokenSource();
        var running = Task.WhenAll(Enumerable.Range(0, 4).Select(worker => traffic.Run(worker, stop.Token)));
        await Task.Delay(TimeSpan.FromSeconds(5));
        cluster.Silos[2].Kill();
        await Task.Delay(TimeSpan.FromSeconds(8));
        await stop.CancelAsync();
        await running;
        output.WriteLine($"{traffic.Changes} changes acknowledged, {traffic.Failures} failed");
        Assert.True(traffic.Changes > 100, $"only {traffic.Changes} changes were acknowledged");

        var (served, recomputed) = await Eventually.Until(
            async () => await DurableFigures.Compare(connectionString, City, await api.JsonOnceAnswered($"/api/v1/regions/{City}/summary")),
            compared => compared.Served == compared.Recomputed,
            TimeSpan.FromSeconds(60));
        Assert.Equal(recomputed, served);
        Assert.Equal(0L, await Eventually.Until(() => Outboxed(connectionString), left => left == 0, TimeSpan.FromSeconds(30)));
    }

    private static async Task<long> Outboxed(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM governance_compound_changes", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
