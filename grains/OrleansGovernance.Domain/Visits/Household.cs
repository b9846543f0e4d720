namespace OrleansGovernance.Domain.Visits;

/// <summary>
/// A household on a community's visiting register, known only by an internal reference the community gives it (never a
/// name or a door number: the register travels into figures and logs). A household in difficulty has a visiting
/// cadence in days; a visit is due that many days after the last one (or after registration, before the first).
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.household")]
public sealed record Household(
    [property: Id(0)] string Reference,
    [property: Id(1)] string CompoundId,
    [property: Id(2)] int? CadenceDays,
    [property: Id(3)] DateTimeOffset RegisteredAt,
    [property: Id(4)] DateTimeOffset? LastVisitedAt,
    [property: Id(5)] bool Synthetic)
{
    public bool HasCadence => CadenceDays is not null;

    /// <summary>When the next visit is due, for a household with a cadence.</summary>
    public DateTimeOffset? DueAt => CadenceDays is { } days ? (LastVisitedAt ?? RegisteredAt).AddDays(days) : null;

    public bool IsOverdue(DateTimeOffset now) => DueAt is { } due && now > due;

    /// <summary>Visited no longer ago than its cadence (a household not yet visited is not, even before it falls due).</summary>
    public bool VisitedWithinCadence(DateTimeOffset now) =>
        CadenceDays is { } days && LastVisitedAt is { } last && now - last <= TimeSpan.FromDays(days);
}

/// <summary>What a community registers: a reference of its own, the compound, and whether the household is in difficulty.</summary>
[GenerateSerializer, Immutable, Alias("governance.household-draft")]
public sealed record HouseholdDraft(
    [property: Id(0)] string Reference,
    [property: Id(1)] string CompoundId,
    [property: Id(2)] bool InDifficulty,
    [property: Id(3)] int? CadenceDays = null,
    [property: Id(4)] bool Synthetic = false)
{
    /// <summary>At least monthly unless the community sets another cadence for the household.</summary>
    public const int DefaultCadenceDays = 30;

    public const int MaxCadenceDays = 366;

    public void Validate()
    {
        Require.Slug(Reference, "reference", 40);
        Require.PlaceId(CompoundId, "compoundId");
        Cadence();
    }

    /// <summary>The cadence kept: none for a household not in difficulty, the default when none is given.</summary>
    public int? Cadence() => InDifficulty
        ? ValidCadence(CadenceDays ?? DefaultCadenceDays)
        : CadenceDays is null ? null : throw DomainRuleException.Invalid("cadenceDays is set only for a household in difficulty.");

    public static int ValidCadence(int days) => Require.Range(days, "cadenceDays", 1, MaxCadenceDays);
}
