using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OrleansGovernance.Bench.Synthetic;

namespace OrleansGovernance.Bench.Conventional;

/// <summary>The conventional service's own <see cref="ConventionalSchema.Table"/>, as the bulk loader fills it with generated tickets.</summary>
public sealed class ConventionalTicketTable : ITicketTable
{
    public string Create => ConventionalSchema.Create;

    public string Copy =>
        $"COPY {ConventionalSchema.Table} (compound_id, community_id, subdistrict_id, district_id, city_id, category, channel, status, description, " +
        "filed_at, response_due, settle_due, acknowledged_at, claimed_at, escalated_at, settled_at, rating) FROM STDIN (FORMAT BINARY)";

    public async Task Write(NpgsqlBinaryImporter import, TicketRow row, CancellationToken cancellationToken)
    {
        foreach (var text in new[] { row.CompoundId, row.CommunityId, row.SubdistrictId, row.DistrictId, row.CityId, Name(row.Category), Name(row.Channel), Name(row.Status), row.Description })
        {
            await import.WriteAsync(text, NpgsqlDbType.Text, cancellationToken);
        }

        await import.WriteAsync(row.FiledAt, NpgsqlDbType.TimestampTz, cancellationToken);
        await import.WriteAsync(row.ResponseDue, NpgsqlDbType.TimestampTz, cancellationToken);
        await import.WriteAsync(row.SettleDue, NpgsqlDbType.TimestampTz, cancellationToken);
        foreach (var time in new[] { row.AcknowledgedAt, row.ClaimedAt, row.EscalatedAt, row.SettledAt })
        {
            await (time is { } at ? import.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken) : import.WriteNullAsync(cancellationToken));
        }

        await (row.Rating is { } rating ? import.WriteAsync((short)rating, NpgsqlDbType.Smallint, cancellationToken) : import.WriteNullAsync(cancellationToken));
    }

    /// <summary>The platform's camelCase names, as the service itself stores them.</summary>
    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
