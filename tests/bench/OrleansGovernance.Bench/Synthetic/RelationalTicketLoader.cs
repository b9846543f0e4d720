using System.Diagnostics;
using Npgsql;

namespace OrleansGovernance.Bench.Synthetic;

/// <summary>
/// Writes the tickets of a synthetic country into a relational tickets table with binary COPY: the data the
/// conventional service computes its dashboards from with SQL aggregates (10 million rows for part 2 of issue 8).
/// </summary>
public sealed class RelationalTicketLoader(string connectionString, ITicketTable table)
{
    public async Task<LoadRate> Load(IEnumerable<SyntheticPlace> places, CancellationToken cancellationToken = default)
    {
        var unbounded = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString;
        await using var connection = new NpgsqlConnection(unbounded);
        await connection.OpenAsync(cancellationToken);
        await using (var create = new NpgsqlCommand(table.Create, connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var clock = Stopwatch.StartNew();
        long rows = 0;
        await using (var import = await connection.BeginBinaryImportAsync(table.Copy, cancellationToken))
        {
            foreach (var compound in places.OfType<SyntheticCompound>())
            {
                foreach (var ticket in compound.Tickets)
                {
                    await import.StartRowAsync(cancellationToken);
                    await table.Write(import, TicketRow.Of(ticket), cancellationToken);
                    rows++;
                }
            }

            await import.CompleteAsync(cancellationToken);
        }

        var copying = clock.Elapsed;
        await using (var analyse = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyse.ExecuteNonQueryAsync(cancellationToken);
        }

        return new LoadRate(rows, copying, clock.Elapsed);
    }
}
