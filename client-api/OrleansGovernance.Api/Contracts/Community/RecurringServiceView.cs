using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// A recurring service as the API shows it, with today's delivery (China date). The household reference is shown only
/// to staff of the community; others read null.
/// </summary>
public sealed record RecurringServiceView(
    string Id,
    string ResourceId,
    string Title,
    string? Household,
    IReadOnlyList<DayOfWeek> Days,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    string DeliveredBy,
    bool Synthetic,
    bool DueToday,
    bool DeliveredToday)
{
    public static RecurringServiceView Of(RecurringService service, DateOnly today, bool deliveredToday, bool seesHousehold) => new(
        service.Id,
        service.ResourceId,
        service.Title,
        seesHousehold ? service.Household : null,
        service.Days,
        service.StartsOn,
        service.EndsOn,
        service.DeliveredBy,
        service.Synthetic,
        service.IsDue(today),
        deliveredToday);
}

/// <summary>A due delivery whose day ended without a log (household shown to the community's staff only).</summary>
public sealed record MissedDeliveryView(string ServiceId, string Title, string? Household, DateOnly Date)
{
    public static MissedDeliveryView Of(MissedDelivery missed, bool seesHousehold) =>
        new(missed.ServiceId, missed.Title, seesHousehold ? missed.Household : null, missed.Date);
}

/// <summary>
/// A community's recurring services: each with today's delivery, the deliveries missed in the last week (raised to the
/// desk), and the figures per month and year.
/// </summary>
public sealed record RecurringServicesView(
    string CommunityId,
    DateOnly Today,
    IReadOnlyList<RecurringServiceView> Services,
    IReadOnlyList<MissedDeliveryView> Missed,
    DeliverySummary Figures)
{
    public static RecurringServicesView Of(RecurringServiceBook book, DateTimeOffset now, bool seesHousehold)
    {
        var today = ChinaTime.Date(now);
        return new(
            book.CommunityId,
            today,
            [.. book.Services.Select(s => RecurringServiceView.Of(s, today, book.DeliveredOn(s.Id, today), seesHousehold))],
            [.. book.Missed(now).Select(m => MissedDeliveryView.Of(m, seesHousehold))],
            DeliverySummary.From(book.Figures(now).Deliveries));
    }
}

/// <summary>A logged delivery.</summary>
public sealed record DeliveryView(string ServiceId, DateOnly Date, DateTimeOffset LoggedAt)
{
    public static DeliveryView Of(string serviceId, Delivery delivery) => new(serviceId, delivery.Date, delivery.LoggedAt);
}

/// <summary>A service's delivery log: the latest days delivered (newest first) and the deliveries counted per month (yyyymm).</summary>
public sealed record DeliveryLogView(string ServiceId, IReadOnlyList<DateOnly> Recent, IReadOnlyDictionary<int, int> DeliveredByMonth)
{
    public static DeliveryLogView Of(string serviceId, DeliveryLog log) =>
        new(serviceId, [.. log.Recent.Select(d => d.Date).Reverse()], log.Delivered.ToDictionary(m => m.Key, m => m.Value));
}
