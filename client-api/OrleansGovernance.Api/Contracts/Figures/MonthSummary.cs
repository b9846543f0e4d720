using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// The requests submitted in one China calendar month and what became of them, keyed yyyymm in
/// <see cref="PlaceSummary.Months"/>. Months add up: a period's 三率 are sums of its months, so a dashboard can
/// compare any run of months with the one before or the same months a year earlier.
/// </summary>
/// <remarks>Categories are keyed by the request category as the API spells it elsewhere (ebikeInLift, noise).</remarks>
public sealed record MonthSummary(
    int Submitted,
    int AnsweredInTime,
    int Breached,
    double? AnsweredInTimeRate,
    int Settled,
    double? SettleRate,
    SatisfactionSummary Satisfaction,
    IReadOnlyDictionary<string, int> Categories)
{
    public static MonthSummary From(MonthCounts m) => new(
        m.Submitted, m.AnsweredInTime, m.Breached, Rates.Of(m.AnsweredInTime, m.AnsweredInTime + m.Breached),
        m.Settled, Rates.Of(m.Settled, m.Submitted), SatisfactionSummary.From(m.Ratings),
        m.Categories.ToDictionary(c => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(c.Key.ToString()), c => c.Value));
}
