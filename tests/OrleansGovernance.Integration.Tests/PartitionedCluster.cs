using System.Diagnostics;
using System.Net;
using Npgsql;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// Silo processes on one PostgreSQL database, each in a network namespace of its own (<see cref="PartitionNetwork"/>),
/// reaching the database through a relay on the service bridge; unseeded, so it holds only the places a test defines (a
/// start in seconds). A silo can be cut off from its peers, healed, and started again as a supervisor would after it stopped.
/// </summary>
internal sealed class PartitionedCluster : IAsyncDisposable
{
    /// <summary>Orleans' SiloStatus.Dead, as the membership table stores it.</summary>
    private const int Dead = 6;

    private readonly PartitionNetwork _network;
    private readonly TcpRelay _relay;

    private PartitionedCluster(PartitionNetwork network, TcpRelay relay, string connectionString)
    {
        _network = network;
        _relay = relay;
        ConnectionString = connectionString;
    }

    public List<SiloProcess> Silos { get; } = [];

    /// <summary>The database as the tests reach it, on loopback and not through the relay.</summary>
    public string ConnectionString { get; }

    public static async Task<PartitionedCluster> Start(PostgresServer postgres, int size)
    {
        var network = await PartitionNetwork.Create(size);
        var relay = new TcpRelay(network.ServiceGateway, new IPEndPoint(IPAddress.Loopback, postgres.Port));
        var connectionString = await postgres.CreateDatabase();
        var cluster = new PartitionedCluster(network, relay, connectionString);
        try
        {
            var viaRelay = new NpgsqlConnectionStringBuilder(connectionString) { Host = relay.Endpoint.Address.ToString(), Port = relay.Endpoint.Port };
            var clusterId = $"partition-{Guid.NewGuid():N}"[..20];
            cluster.Silos.AddRange(Enumerable.Range(0, size).Select(silo => SiloProcess.Start(
                new SiloSettings("postgres", viaRelay.ConnectionString, clusterId)
                {
                    Seed = false,
                    HttpAddress = network.ServiceAddress(silo),
                    SiloAddress = network.ClusterAddress(silo),
                    NetworkNamespace = network.Namespace(silo),
                })));
            await Task.WhenAll(cluster.Silos.Select(s => s.WaitUntilServing(TimeSpan.FromMinutes(2))));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public Task Cut(int silo) => _network.Cut(silo);

    public Task Heal(int silo) => _network.Heal(silo);

    /// <summary>
    /// Waits until the membership table records the silo's incarnation as dead and returns the votes that declared it
    /// (the table's "silo@generation,time|…" list); null if time runs out.
    /// </summary>
    public async Task<string?> WaitUntilDeclaredDead(int silo, TimeSpan timeout)
    {
        var settings = Silos[silo].Settings;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var status = new NpgsqlCommand("""
            SELECT status, coalesce(suspect_times, '') FROM orleans_membership
            WHERE deployment_id = @cluster AND address = @address AND port = @port
            ORDER BY generation DESC LIMIT 1
            """, connection);
        status.Parameters.AddWithValue("cluster", settings.ClusterId);
        status.Parameters.AddWithValue("address", settings.SiloAddress);
        status.Parameters.AddWithValue("port", settings.SiloPort);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            await using (var row = await status.ExecuteReaderAsync())
            {
                if (await row.ReadAsync() && row.GetInt32(0) == Dead)
                {
                    return row.GetString(1);
                }
            }

            await Task.Delay(100);
        }

        return null;
    }

    /// <summary>Waits until the silo's process has ended; false if time runs out.</summary>
    public async Task<bool> WaitUntilExited(int silo, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Silos[silo].HasExited && clock.Elapsed < timeout)
        {
            await Task.Delay(100);
        }

        return Silos[silo].HasExited;
    }

    /// <summary>Starts the silo again with the same settings, as a supervisor restarts a process that stopped.</summary>
    public async Task Restart(int silo)
    {
        var settings = Silos[silo].Settings;
        await Silos[silo].DisposeAsync();
        Silos[silo] = SiloProcess.Start(settings);
        await Silos[silo].WaitUntilServing(TimeSpan.FromMinutes(1));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Silos)
        {
            await silo.DisposeAsync();
        }

        await _relay.DisposeAsync();
        await _network.DisposeAsync();
    }
}
