using Npgsql;

namespace OrleansGovernance.Bench.Conventional;

/// <summary>
/// A place's request figures computed the conventional way: SQL aggregates over the tickets table at the moment of
/// the read. The definitions follow the platform's (grains/OrleansGovernance.Domain/Figures/FiguresCalculator.cs):
/// a first answer is the response; breached is answered late or still unanswered past the limit; settled counts
/// settled and rated requests; the satisfaction rate is the top three levels over all ratings of settled requests;
/// submitted and settled per day over 30 days in China time. Not computed here: the p90s (the platform's are bucket
/// edges), the hour and week series, yearly counts, and the organisation, plan, meeting and funds figures, which
/// come from other tables a CRUD service would have.
/// </summary>
public sealed record ConventionalFigures(
    long Submitted,
    long Open,
    long Acknowledged,
    long AcknowledgedWithinLimit,
    long Breached,
    long Claimed,
    long Settled,
    long Overdue,
    long Escalated,
    long Rejected,
    long Duplicates,
    long Reopened,
    double? MeanMinutesToAcknowledge,
    double? MeanHoursToSettle,
    long[] Ratings,
    IReadOnlyList<ConventionalDay> Daily)
{
    public double? AcknowledgedWithinLimitRate =>
        AcknowledgedWithinLimit + Breached == 0 ? null : (double)AcknowledgedWithinLimit / (AcknowledgedWithinLimit + Breached);

    /// <summary>Ratings 3 to 5 (basically satisfied and better) over all ratings.</summary>
    public double? SatisfactionRate => Ratings.Sum() == 0 ? null : (double)(Ratings[2] + Ratings[3] + Ratings[4]) / Ratings.Sum();

    private const string OpenStatus = "status IN ('submitted', 'acknowledged', 'claimed', 'escalated')";
    private const string IsSettled = "status IN ('settled', 'rated') AND settled_at IS NOT NULL";

    private static string Totals(string column) => $"""
        SELECT count(*),
               count(*) FILTER (WHERE {OpenStatus}),
               count(acknowledged_at),
               count(*) FILTER (WHERE acknowledged_at <= response_due),
               count(*) FILTER (WHERE acknowledged_at > response_due OR (acknowledged_at IS NULL AND {OpenStatus} AND @now > response_due)),
               count(claimed_at),
               count(*) FILTER (WHERE {IsSettled}),
               count(*) FILTER (WHERE {OpenStatus} AND @now > settle_due),
               count(escalated_at),
               count(*) FILTER (WHERE status = 'rejected'),
               count(*) FILTER (WHERE status = 'duplicate'),
               coalesce(sum(reopened), 0),
               avg(extract(epoch FROM acknowledged_at - filed_at) / 60),
               avg(extract(epoch FROM settled_at - filed_at) / 3600) FILTER (WHERE {IsSettled}),
               count(*) FILTER (WHERE {IsSettled} AND rating = 1),
               count(*) FILTER (WHERE {IsSettled} AND rating = 2),
               count(*) FILTER (WHERE {IsSettled} AND rating = 3),
               count(*) FILTER (WHERE {IsSettled} AND rating = 4),
               count(*) FILTER (WHERE {IsSettled} AND rating = 5)
          FROM tickets WHERE {column} = @id
        """;

    // Each request counts on the day it was filed and, once settled, on the day it was settled.
    private static string Days(string column) => $"""
        SELECT day, sum(submitted)::bigint, sum(settled)::bigint FROM (
            SELECT date_trunc('day', filed_at AT TIME ZONE 'Asia/Shanghai') AS day, 1 AS submitted, 0 AS settled
              FROM tickets WHERE {column} = @id AND filed_at >= @from
            UNION ALL
            SELECT date_trunc('day', settled_at AT TIME ZONE 'Asia/Shanghai'), 0, 1
              FROM tickets WHERE {column} = @id AND {IsSettled} AND settled_at >= @from
        ) d GROUP BY day ORDER BY day
        """;

    /// <summary>The figures of the place <paramref name="id"/> whose column is <paramref name="column"/> (one of <see cref="ConventionalSchema.PlaceColumns"/>).</summary>
    public static async Task<ConventionalFigures> Read(NpgsqlDataSource database, string column, string id, DateTimeOffset now)
    {
        var china = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var today = TimeZoneInfo.ConvertTime(now, china).Date;
        var from = new DateTimeOffset(today.AddDays(-29), china.GetUtcOffset(today)).ToUniversalTime();
        await using var batch = database.CreateBatch();
        batch.BatchCommands.Add(Command(Totals(column), id, now, from));
        batch.BatchCommands.Add(Command(Days(column), id, now, from));
        await using var reader = await batch.ExecuteReaderAsync();
        await reader.ReadAsync();
        long L(int i) => reader.GetInt64(i);
        double? D(int i) => reader.IsDBNull(i) ? null : Convert.ToDouble(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
        var totals = (Counts: Enumerable.Range(0, 12).Select(L).ToArray(), Ack: D(12), Settle: D(13), Ratings: Enumerable.Range(14, 5).Select(L).ToArray());
        await reader.NextResultAsync();
        var days = new List<ConventionalDay>();
        while (await reader.ReadAsync())
        {
            days.Add(new ConventionalDay(DateOnly.FromDateTime(reader.GetDateTime(0)), reader.GetInt64(1), reader.GetInt64(2)));
        }

        var c = totals.Counts;
        return new ConventionalFigures(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], totals.Ack, totals.Settle, totals.Ratings, days);
    }

    private static NpgsqlBatchCommand Command(string sql, string id, DateTimeOffset now, DateTimeOffset from)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("from", from);
        return command;
    }
}

/// <summary>Requests filed and settled on one day (China time).</summary>
public sealed record ConventionalDay(DateOnly Day, long Submitted, long Settled);
