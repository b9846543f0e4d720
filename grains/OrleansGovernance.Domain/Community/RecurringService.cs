namespace OrleansGovernance.Domain.Community;

/// <summary>
/// A resource from the community's three lists delivered to one household on set days (Ningbao's weekday lunch, brought
/// by the property office with the home-care station 居家养老服务站). The household is an internal reference the
/// community keeps elsewhere, never a name or a door.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.recurring-service")]
public sealed record RecurringService(
    [property: Id(0)] string Id,
    [property: Id(1)] string ResourceId,
    [property: Id(2)] string Title,
    [property: Id(3)] string Household,
    [property: Id(4)] IReadOnlyList<DayOfWeek> Days,
    [property: Id(5)] DateOnly StartsOn,
    [property: Id(6)] DateOnly? EndsOn,
    [property: Id(7)] string DeliveredBy,
    [property: Id(8)] string StartedBy,
    [property: Id(9)] DateTimeOffset StartedAt,
    [property: Id(10)] bool Synthetic)
{
    /// <summary>Whether a delivery is due on <paramref name="date"/> (a China calendar date).</summary>
    public bool IsDue(DateOnly date) => date >= StartsOn && (EndsOn is null || date <= EndsOn) && Days.Contains(date.DayOfWeek);
}

/// <summary>One delivery, logged on its own day.</summary>
[GenerateSerializer, Immutable, Alias("governance.delivery")]
public sealed record Delivery(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset LoggedAt);

/// <summary>
/// A service's delivery log, kept bounded: deliveries counted per China month, and the latest ones themselves (enough
/// to tell which recent due days were missed and to refuse a day logged twice).
/// </summary>
[GenerateSerializer, Alias("governance.delivery-log")]
public sealed class DeliveryLog
{
    public const int RecentKept = 62;

    [Id(0)] public SortedDictionary<int, int> Delivered { get; set; } = [];

    /// <summary>The latest deliveries, oldest first, at most <see cref="RecentKept"/>.</summary>
    [Id(1)] public List<Delivery> Recent { get; set; } = [];
}

/// <summary>A due delivery whose day ended without a log.</summary>
[GenerateSerializer, Immutable, Alias("governance.missed-delivery")]
public sealed record MissedDelivery(
    [property: Id(0)] string ServiceId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Household,
    [property: Id(3)] DateOnly Date);

[GenerateSerializer, Immutable, Alias("governance.recurring-service-draft")]
public sealed record RecurringServiceDraft(
    [property: Id(0)] string ResourceId,
    [property: Id(1)] string Household,
    [property: Id(2)] IReadOnlyList<DayOfWeek> Days,
    [property: Id(3)] DateOnly StartsOn,
    [property: Id(4)] DateOnly? EndsOn,
    [property: Id(5)] string DeliveredBy,
    [property: Id(6)] bool Synthetic = false)
{
    public static readonly IReadOnlyList<DayOfWeek> Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public void Validate()
    {
        Require.Slug(ResourceId, "resourceId");
        var household = Require.Slug(Household, "household", 60);
        if (PersonalData.Screen(household) != household)
        {
            throw DomainRuleException.Invalid("household is the community's internal reference, not a door number, phone or ID number.");
        }

        if (Days is null || Days.Count == 0)
        {
            throw DomainRuleException.Invalid("days names at least one day of the week.");
        }

        foreach (var day in Days)
        {
            Require.Defined(day, "day");
        }

        if (Days.Distinct().Count() != Days.Count)
        {
            throw DomainRuleException.Invalid("days names a day twice.");
        }

        Require.Date(StartsOn, "startsOn");
        if (EndsOn is { } ends && Require.Date(ends, "endsOn") < StartsOn)
        {
            throw DomainRuleException.Invalid("endsOn comes before startsOn.");
        }

        Require.Text(DeliveredBy, "deliveredBy", 200);
    }
}
