using Npgsql;
using NpgsqlTypes;

namespace OrleansGovernance.Bench.Synthetic;

/// <summary>
/// A plain tickets table with one column per <see cref="TicketRow"/> field (enums as their names), until the
/// conventional service's own table replaces it.
/// </summary>
public sealed class FlatTicketTable(string name = "tickets") : ITicketTable
{
    public string Create => $"""
        CREATE TABLE IF NOT EXISTS {name} (
            id text PRIMARY KEY,
            compound_id text NOT NULL, community_id text NOT NULL, subdistrict_id text NOT NULL,
            district_id text NOT NULL, city_id text NOT NULL,
            category text NOT NULL, channel text NOT NULL, status text NOT NULL,
            filed_at timestamptz NOT NULL, acknowledged_at timestamptz NULL, settled_at timestamptz NULL,
            rating smallint NULL)
        """;

    public string Copy =>
        $"COPY {name} (id, compound_id, community_id, subdistrict_id, district_id, city_id, category, channel, status, filed_at, acknowledged_at, settled_at, rating) FROM STDIN (FORMAT BINARY)";

    public async Task Write(NpgsqlBinaryImporter import, TicketRow row, CancellationToken cancellationToken)
    {
        await import.WriteAsync(row.Id, NpgsqlDbType.Text, cancellationToken);
        await import.WriteAsync(row.CompoundId, NpgsqlDbType.Text, cancellationToken);
        await import.WriteAsync(row.CommunityId, NpgsqlDbType.Text, cancellationToken);
        await import.WriteAsync(row.SubdistrictId, NpgsqlDbType.Text, cancellationToken);
        await import.WriteAsync(row.DistrictId, NpgsqlDbType.Text, cancellationToken);
        await import.WriteAsync(row.CityId, NpgsqlDbType.Text, cancellationToken);
        await import.WriteAsync(row.Category.ToString(), NpgsqlDbType.Text, cancellationToken);
        await import.WriteAsync(row.Channel.ToString(), NpgsqlDbType.Text, cancellationToken);
        await import.WriteAsync(row.Status.ToString(), NpgsqlDbType.Text, cancellationToken);
        await import.WriteAsync(row.FiledAt, NpgsqlDbType.TimestampTz, cancellationToken);
        await Nullable(import, row.AcknowledgedAt, NpgsqlDbType.TimestampTz, cancellationToken);
        await Nullable(import, row.SettledAt, NpgsqlDbType.TimestampTz, cancellationToken);
        await Nullable(import, row.Rating is { } rating ? (short)rating : (short?)null, NpgsqlDbType.Smallint, cancellationToken);
    }

    private static Task Nullable<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } present ? import.WriteAsync(present, type, cancellationToken) : import.WriteNullAsync(cancellationToken);
}
