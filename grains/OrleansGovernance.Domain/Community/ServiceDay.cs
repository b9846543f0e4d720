namespace OrleansGovernance.Domain.Community;

/// <summary>A community's convenience service day (便民服务日) of one month: the date set for it and, once held, what it offered.</summary>
[GenerateSerializer, Immutable, Alias("governance.service-day")]
public sealed record ServiceDay(
    [property: Id(0)] int Month,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string ScheduledBy,
    [property: Id(3)] DateTimeOffset ScheduledAt,
    [property: Id(4)] bool Synthetic,
    [property: Id(5)] HeldServiceDay? Held);

/// <summary>What a held service day offered, who took part and how many residents it served.</summary>
[GenerateSerializer, Immutable, Alias("governance.held-service-day")]
public sealed record HeldServiceDay(
    [property: Id(0)] IReadOnlyList<string> Services,
    [property: Id(1)] IReadOnlyList<string> PartnerUnitIds,
    [property: Id(2)] IReadOnlyList<string> OtherPartners,
    [property: Id(3)] int ResidentsServed,
    [property: Id(4)] string RecordedBy,
    [property: Id(5)] DateTimeOffset RecordedAt)
{
    public int Partners => PartnerUnitIds.Count + OtherPartners.Count;
}

/// <summary>The date a community sets for a month's service day.</summary>
[GenerateSerializer, Immutable, Alias("governance.service-day-plan")]
public sealed record ServiceDayPlan([property: Id(0)] DateOnly Date, [property: Id(1)] bool Synthetic = false)
{
    public void Validate() => Require.Date(Date, "date");
}

/// <summary>
/// A held day as staff record it: its date, the services offered, partner units (the community's co-building units by
/// id, and any other partner by name), and the residents served.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.service-day-record")]
public sealed record ServiceDayRecord(
    [property: Id(0)] DateOnly HeldOn,
    [property: Id(1)] IReadOnlyList<string> Services,
    [property: Id(2)] IReadOnlyList<string> PartnerUnitIds,
    [property: Id(3)] IReadOnlyList<string> OtherPartners,
    [property: Id(4)] int ResidentsServed,
    [property: Id(5)] bool Synthetic = false)
{
    public const int MaxEntries = 50;

    public void Validate()
    {
        Require.Date(HeldOn, "heldOn");
        Entries(Services, "services", 1, 200);
        Entries(PartnerUnitIds, "partnerUnitIds", 0, 100);
        foreach (var id in PartnerUnitIds)
        {
            Require.Slug(id, "partner unit id");
        }

        Entries(OtherPartners, "otherPartners", 0, 200);
        Require.Range(ResidentsServed, "residentsServed", 0, 100_000);
    }

    private static void Entries(IReadOnlyList<string>? items, string field, int least, int maxLength)
    {
        if (items is null || items.Count < least || items.Count > MaxEntries)
        {
            throw DomainRuleException.Invalid($"{field} holds {least} to {MaxEntries} entries.");
        }

        foreach (var item in items)
        {
            Require.Text(item, field, maxLength);
        }

        if (items.Select(i => i.Trim()).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            throw DomainRuleException.Invalid($"{field} names an entry twice.");
        }
    }
}
