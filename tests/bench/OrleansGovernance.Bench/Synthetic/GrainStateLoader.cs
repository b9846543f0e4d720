using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrleansGovernance.Grains;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.Migrations;

namespace OrleansGovernance.Bench.Synthetic;

/// <summary>
/// Writes a synthetic country straight into the grain-state table, as a data migration would: one row per region,
/// community, compound and ticket, keyed exactly as the silo's storage keys them (the
/// grain types' state names) with the payload the silo's serializer writes for the real state classes, so a silo
/// started afterwards finds the country as if it had been built through grain calls (which at 600,000 compounds
/// would take hours). Binary COPY (the product's <see cref="GrainStateCopy"/>) after the platform's own migrations, on a
/// few connections at once. The rows are history that predates the compound-changes stream, so the session says it
/// imports history and the outbox trigger writes nothing for them (0011_history_import.sql): a compound reads its
/// tickets back from this table when it activates.
/// </summary>
public sealed class GrainStateLoader(string connectionString, string serviceId = "governance")
{
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
            await using (var importing = new NpgsqlCommand("SET governance.history_import = 'on'", connection))
            {
                await importing.ExecuteNonQueryAsync(cancellationToken);
            }

            long rows = 0;
            await using var copy = await GrainStateCopy.Begin(connection, "orleans_grain_state", serviceId, Serializer, cancellationToken);
            await foreach (var place in queue.Reader.ReadAllAsync(cancellationToken))
            {
                switch (place)
                {
                    case SyntheticRegion region:
                        await copy.Write("region", region.Id, new RegionState { Profile = region.Profile }, cancellationToken);
                        break;
                    case SyntheticCommunity community:
                        await copy.Write("community", community.Id, new CommunityState { Profile = community.Profile }, cancellationToken);
                        break;
                    case SyntheticCompound compound:
                        await copy.Write("compound", compound.Id, new CompoundState { Profile = compound.Profile }, cancellationToken);
                        foreach (var ticket in compound.Tickets)
                        {
                            await copy.Write("ticket", ticket.Id, ticket, cancellationToken);
                        }

                        rows += compound.Tickets.Count;
                        break;
                }

                rows++;
            }

            await copy.Complete(cancellationToken);
            return rows;
        }
        catch (Exception failure)
        {
            queue.Writer.TryComplete(failure);
            throw;
        }
    }
}

/// <summary>Rows written, the time COPY took, and the time including the statistics refresh after it.</summary>
public sealed record LoadRate(long Rows, TimeSpan Copying, TimeSpan Total)
{
    public double RowsPerSecond => Rows / Copying.TotalSeconds;
}
