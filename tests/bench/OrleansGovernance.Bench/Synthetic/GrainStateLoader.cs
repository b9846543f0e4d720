using System.Diagnostics;
using System.Text;
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
/// would take hours). Binary COPY, one stream, after the platform's own migrations.
/// </summary>
public sealed class GrainStateLoader(string connectionString, string serviceId = "governance")
{
    private const string Copy =
        "COPY orleans_grain_state (service_id, state_name, grain_id_hash, grain_id_n0, grain_id_n1, grain_id_extension, payload, version) FROM STDIN (FORMAT BINARY)";

    private static readonly JsonGrainStateSerializer Serializer = new(StoredStates.All);

    /// <summary>Applies the platform's migrations, then loads every place and ticket; <paramref name="loaded"/> sees each place once written.</summary>
    public async Task<LoadRate> Load(IEnumerable<SyntheticPlace> places, Action<SyntheticPlace>? loaded = null, CancellationToken cancellationToken = default)
    {
        var unbounded = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString;
        await new MigrationRunner(StorageProvider.Postgres, unbounded, NullLogger.Instance).Run(cancellationToken);
        var clock = Stopwatch.StartNew();
        long rows = 0;
        await using (var connection = new NpgsqlConnection(unbounded))
        {
            await connection.OpenAsync(cancellationToken);
            await using var import = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
            foreach (var place in places)
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
                loaded?.Invoke(place);
            }

            await import.CompleteAsync(cancellationToken);
        }

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
