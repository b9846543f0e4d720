using Npgsql;

namespace OrleansGovernance.Bench.Conventional;

/// <summary>
/// The conventional service's one table, as a competent CRUD team would write it: a row per resident request with
/// relational columns, times as timestamptz, and the place ids above the compound copied onto the row (from the
/// dotted compound id) so a dashboard's aggregate needs no join. The only place its schema is written down: a bulk
/// loader (e.g. 10 million generated tickets for the dashboard-reads benchmark) writes these columns.
/// </summary>
public static class ConventionalSchema
{
    public const string Table = "tickets";

    /// <summary>
    /// Status and category hold the platform's camelCase names (submitted, acknowledged, claimed, escalated, settled,
    /// rated, rejected, duplicate); rating is the five-level scale as 1 (very dissatisfied) to 5 (very satisfied).
    /// acknowledged_at is the first answer (acknowledge, reject or duplicate), as the platform counts it.
    /// </summary>
    public const string Create = """
        CREATE TABLE IF NOT EXISTS tickets (
            id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            compound_id     text        NOT NULL,
            community_id    text        NOT NULL,
            subdistrict_id  text        NOT NULL,
            district_id     text        NOT NULL,
            city_id         text        NOT NULL,
            category        text        NOT NULL,
            channel         text        NOT NULL,
            status          text        NOT NULL,
            description     text        NOT NULL,
            location        text,
            reporter_name   text,
            reporter_phone  text,
            reporter_email  text,
            filed_at        timestamptz NOT NULL,
            response_due    timestamptz NOT NULL,
            settle_due      timestamptz NOT NULL,
            acknowledged_at timestamptz,
            claimed_at      timestamptz,
            escalated_at    timestamptz,
            settled_at      timestamptz,
            rating          smallint CHECK (rating BETWEEN 1 AND 5),
            reopened        integer     NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS tickets_compound ON tickets (compound_id);
        CREATE INDEX IF NOT EXISTS tickets_community ON tickets (community_id);
        CREATE INDEX IF NOT EXISTS tickets_subdistrict ON tickets (subdistrict_id);
        CREATE INDEX IF NOT EXISTS tickets_district ON tickets (district_id);
        CREATE INDEX IF NOT EXISTS tickets_city ON tickets (city_id);
        """;

    /// <summary>The place columns a figures query may filter on, by the level names the platform uses.</summary>
    public static readonly IReadOnlyDictionary<string, string> PlaceColumns = new Dictionary<string, string>
    {
        ["compound"] = "compound_id",
        ["community"] = "community_id",
        ["subdistrict"] = "subdistrict_id",
        ["district"] = "district_id",
        ["city"] = "city_id",
    };

    public static async Task EnsureCreated(NpgsqlDataSource database)
    {
        await using var create = database.CreateCommand(Create);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// The places above a compound, read from its dotted id from the bottom up (compound, community, subdistrict,
    /// district, city), so ids with levels above the city work too; null when the id has fewer than five levels.
    /// </summary>
    public static (string Community, string Subdistrict, string District, string City)? Ancestors(string compoundId)
    {
        var parts = compoundId.Split('.');
        if (parts.Length < 5)
        {
            return null;
        }

        string Up(int levels) => string.Join('.', parts[..^levels]);
        return (Up(1), Up(2), Up(3), Up(4));
    }
}
