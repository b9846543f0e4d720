using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Xunit.Abstractions;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// Webhooks across silo processes on PostgreSQL: a receiver refusing everything while requests move and a silo is
/// killed still gets, once it answers again, every request's every change, once, in order, signed.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WebhookFaultTests(PostgresFixture postgres, ITestOutputHelper output)
{
    // Nine compounds, so the silo killed almost surely holds some of their dispatchers (all but 3% of placements).
    private static readonly string[] Compounds =
    [
        "xiamen.jimei.xinglin.fangzhi.hualing-garden",
        "xiamen.jimei.xinglin.fangzhi.xiaoqu-02",
        "xiamen.jimei.xinglin.fangzhi.xiaoqu-03",
        "xiamen.jimei.xinglin.ningbao.ningbao-shijia",
        "xiamen.jimei.xinglin.ningbao.xiaoqu-02",
        "xiamen.jimei.xinglin.lianting.lianhua-xincheng-yueyuan",
        "xiamen.jimei.xinglin.lianting.xiaoqu-02",
        "xiamen.jimei.xinglin.community-04.xiaoqu-01",
        "xiamen.jimei.xinglin.community-05.xiaoqu-01",
    ];

    private static readonly string[] AllEvents = ["filed", "acknowledged", "claimed", "escalated", "settled", "rated", "reopened", "rejected", "marked-duplicate"];

    [Fact]
    public async Task A_receiver_down_while_a_silo_is_killed_mid_delivery_gets_every_change_once_in_order_and_signed()
    {
        var connectionString = await postgres.CreateDatabase();
        await using var cluster = await SiloCluster.Start(connectionString, size: 3, more:
        [
            ("Webhooks:FirstWait", "00:00:00.2"),
            ("Webhooks:LongestWait", "00:00:01"),
            ("Webhooks:DirectoryRefresh", "00:00:01"),
        ]);
        using var api = new Api(cluster.Front.BaseAddress);
        await using var receiver = await WebhookReceiver.Start();
        receiver.Failing = true;
        var registered = await api.Post("/api/v1/webhooks", new { url = receiver.Url, events = AllEvents, places = new[] { "xiamen.jimei.xinglin" } });
        registered.EnsureSuccessStatusCode();
        receiver.Secrets = [(await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!];
        var since = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(3));

        var traffic = new TicketTraffic(api, Compounds);
        using var stop = new CancellationTokenSource();
        var running = Task.WhenAll(Enumerable.Range(0, 3).Select(worker => traffic.Run(worker, stop.Token)));
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.True(receiver.Received.Count > 0, "the receiver was being tried when the silo died");
        output.WriteLine($"{receiver.Received.Count} attempts refused before the kill");
        cluster.Silos[2].Kill();
        await Task.Delay(TimeSpan.FromSeconds(5));
        await stop.CancelAsync();
        await running;
        receiver.Failing = false;

        var stored = await StoredVersions(connectionString, since);
        output.WriteLine($"{traffic.Changes} changes acknowledged, {traffic.Failures} failed; {stored.Count} requests filed, {stored.Values.Sum()} stored versions");
        Assert.True(stored.Count > 10, $"only {stored.Count} requests were filed");

        // Each stored version of a request is one change, and every change the traffic makes is at least one event.
        var accepted = await Eventually.Until(
            () => Task.FromResult(receiver.Accepted),
            got => stored.All(ticket => got.Where(r => r.TicketId == ticket.Key).Select(r => r.Version).Distinct().Count() == ticket.Value),
            TimeSpan.FromMinutes(3));
        output.WriteLine($"{receiver.Received.Count} requests received, {accepted.Count} accepted");

        Assert.All(accepted, r => Assert.True(r.SignatureValid, $"{r.Id} is not signed with the endpoint's secret"));
        Assert.Equal(accepted.Count, accepted.Select(r => r.Id).Distinct().Count());
        foreach (var (ticket, versions) in stored)
        {
            var mine = accepted.Where(r => r.TicketId == ticket).Select(r => r.Version).ToList();
            Assert.Equal(Enumerable.Range(1, versions), mine.Distinct());
            Assert.Equal(mine.Order(), mine);
            Assert.Equal("request.filed", accepted.First(r => r.TicketId == ticket).Event);
        }
    }

    /// <summary>The version (its steps so far) of each request filed since <paramref name="since"/> under the test's compounds.</summary>
    private static async Task<Dictionary<string, int>> StoredVersions(string connectionString, DateTimeOffset since)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT payload ->> 'id', jsonb_array_length(payload -> 'history') FROM orleans_grain_state
            WHERE state_name = 'ticket' AND payload ->> 'compoundId' = ANY(@compounds) AND (payload ->> 'submittedAt')::timestamptz >= @since
            """, connection);
        command.Parameters.AddWithValue("compounds", Compounds);
        command.Parameters.AddWithValue("since", since);
        var versions = new Dictionary<string, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            versions[reader.GetString(0)] = reader.GetInt32(1);
        }

        return versions;
    }
}
