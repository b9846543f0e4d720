using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>A month's service day as the API shows it; what it offered once held (null before).</summary>
public sealed record ServiceDayView(
    int Month,
    DateOnly Date,
    bool Held,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> PartnerUnitIds,
    IReadOnlyList<string> OtherPartners,
    int ResidentsServed,
    bool Synthetic)
{
    public static ServiceDayView Of(ServiceDay day) => new(
        day.Month,
        day.Date,
        day.Held is not null,
        day.Held?.Services ?? [],
        day.Held?.PartnerUnitIds ?? [],
        day.Held?.OtherPartners ?? [],
        day.Held?.ResidentsServed ?? 0,
        day.Synthetic);
}

/// <summary>
/// A community's service days: the next one not held yet, every month's day (newest first), the months over without
/// a held day (from the first month scheduled), and the figures per month and year.
/// </summary>
public sealed record ServiceDaysView(
    string CommunityId,
    ServiceDayView? Next,
    IReadOnlyList<ServiceDayView> Days,
    IReadOnlyList<int> MissedMonths,
    ServiceDaySummary Figures)
{
    public static ServiceDaysView Of(ServiceDayBook book, DateTimeOffset now) => new(
        book.CommunityId,
        book.Next(now) is { } next ? ServiceDayView.Of(next) : null,
        [.. book.Days.Values.Reverse().Select(ServiceDayView.Of)],
        book.MissedMonths(now),
        ServiceDaySummary.From(book.Figures(now).ServiceDays));
}
