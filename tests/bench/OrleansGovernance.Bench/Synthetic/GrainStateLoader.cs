using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using OrleansGovernance.Grains;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.Migrations;
using OrleansGovernance.Persistence.GrainState.Postgres;

namespace OrleansGovernance.Bench.Synthetic;

/// <summary>
/// Writes a synthetic country straight into the grain-state table, as a data migration would: one row per region,
/// community, compound and ticket, keyed exactly as the silo's storage keys them (<see cref="GrainStateKey"/>, the
/// grain types' state names) with the payload the silo's serializer writes for the real state classes, so a silo
/// started afterwards finds the country as if it had been built through grain calls (which at 600,000 compounds
/// would take hours). Binary COPY after the platform's own migrations, on a few connections at once. The rows are
/// history that predates the compound-changes stream, so the outbox trigger does not fire for them (the session runs
/// as a replica): a compound reads its tickets back from this table when it activates.
/// </summary>
public sealed class GrainStateLoader(string connectionString, string serviceId = "governance")
{
    private const string Copy =
        "COPY orleans_grain_state (service_id, state_name, grain_id_hash, grain_id_n0, grain_id_n1, grain_id_extension, payload, version) FROM STDIN (FORMAT BINARY)";

    private static readonly JsonGrainStateSerializer Serializer = new(StoredStates.All);

    /// <summary>
    /// Applies the platform's migrations, then loads every place and ticket over <paramref name="writers"/> connections;
    /// <paramref name="loaded"/> sees each place, in the generator's order, once it is handed to a writer.
    /// </summary>
    public async Task<LoadRate> Load(IEnumerable<SyntheticPlace> places, Action<SyntheticPlace>? loaded = null, int writers = 2, CancellationToken cancellationToken = default)
    {
        var unbounded = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString;
        await new MigrationRunner(StorageProvider.Postgres, unbounded, NullLogger.Instance).Run(cancellationToken);
        var clock = Stopwatch.StartNew();
        var queue = Channel.CreateBounded<SyntheticPlace>(new BoundedChannelOptions(256) { SingleWriter = true });
        var writing = Enumerable.Range(0, writers).Select(_ => Task.Run(() => Write(unbounded, queue, cancellationToken), cancellationToken)).ToList();
        try
        {
            foreach (var place in places)
            {
                await queue.Writer.WriteAsync(place, cancellationToken);
                loaded?.Invoke(place);
            }
        }
        finally
        {
            queue.Writer.TryComplete();
        }

        var rows = (await Task.WhenAll(writing)).Sum();
        var written = clock.Elapsed;

        // Fresh statistics, or the planner may not use the by-compound index every compound reads its tickets with.
        await using (var analyse = new NpgsqlConnection(unbounded))
        {
            await analyse.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("ANALYZE orleans_grain_state", analyse);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new LoadRate(rows, written, clock.Elapsed);
    }

    /// <summary>One COPY of the places this writer takes off the queue; a failure closes the queue, so the generator stops too.</summary>
    private async Task<long> Write(string connectionString, Channel<SyntheticPlace> queue, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
            {
                await replica.ExecuteNonQueryAsync(cancellationToken);
            }

            long rows = 0;
            await using var import = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
            await foreach (var place in queue.Reader.ReadAllAsync(cancellationToken))
            {
                switch (place)
                {
                    case SyntheticRegion region:
                        await Row(import, "region", region.Id, new RegionState { Profile = region.Profile }, cancellationToken);
                        break;
                    case SyntheticCommunity community:
                        await Row(import, "community", community.Id, new CommunityState { Profile = community.Profile }, cancellationToken);
                        break;
                    case SyntheticCompound compound:
                        await Row(import, "compound", compound.Id, new CompoundState { Profile = compound.Profile }, cancellationToken);
                        foreach (var ticket in compound.Tickets)
                        {
                            await Row(import, "ticket", ticket.Id, ticket, cancellationToken);
                        }

                        rows += compound.Tickets.Count;
                        break;
                }

                rows++;
            }

            await import.CompleteAsync(cancellationToken);
            return rows;
        }
        catch (Exception failure)
        {
            queue.Writer.TryComplete(failure);
            throw;
        }
    }

    private async Task Row<T>(NpgsqlBinaryImporter import, string stateName, string key, T state, CancellationToken cancellationToken)
    {
        var identity = GrainStateKey.Of(GrainId.Create(stateName, key));
        await import.StartRowAsync(cancellationToken);
        await import.WriteAsync(serviceId, NpgsqlDbType.Varchar, cancellationToken);
        await import.WriteAsync(stateName, NpgsqlDbType.Varchar, cancellationToken);
        await import.WriteAsync(identity.Hash, NpgsqlDbType.Integer, cancellationToken);
        await import.WriteAsync(identity.N0, NpgsqlDbType.Bigint, cancellationToken);
        await import.WriteAsync(identity.N1, NpgsqlDbType.Bigint, cancellationToken);
        await import.WriteAsync(identity.Extension, NpgsqlDbType.Varchar, cancellationToken);
        await import.WriteAsync(Encoding.UTF8.GetString(Serializer.Serialize(state)), NpgsqlDbType.Jsonb, cancellationToken);
        await import.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
    }
}

/// <summary>Rows written, the time COPY took, and the time including the statistics refresh after it.</summary>
public sealed record LoadRate(long Rows, TimeSpan Copying, TimeSpan Total)
{
    public double RowsPerSecond => Rows / Copying.TotalSeconds;
}
