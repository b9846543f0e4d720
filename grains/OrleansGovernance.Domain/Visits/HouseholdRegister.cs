using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Domain.Visits;

/// <summary>
/// A community's visiting register (三门工作法): its households by reference, each with the time of its last visit,
/// and the visits of each China month counted by kind. The visits themselves are kept in a log per month; the register
/// holds only what is bounded by the community's size, so the figures come from it without reading any log.
/// </summary>
[GenerateSerializer, Alias("governance.household-register")]
public sealed class HouseholdRegister
{
    /// <summary>More households than any community has: a register beyond it is a mistake, not a community.</summary>
    public const int MaxHouseholds = 10_000;

    /// <summary>Visits a month's log holds at most (its row stays bounded; ids are numbered within the month).</summary>
    public const int MaxVisitsPerMonth = 9_999;

    [NonSerialized]
    private SortedDictionary<string, Household> _households = new(StringComparer.Ordinal);

    [Id(0)] public string CommunityId { get; set; } = "";

    /// <summary>
    /// By reference in ordinal order, whatever reads the register back: a stored row is read into a dictionary of
    /// the default, culture-sensitive order, in which lookups would hang on the silo's culture.
    /// </summary>
    [Id(1)]
    public SortedDictionary<string, Household> Households
    {
        get => _households;
        set => _households = ReferenceEquals(value.Comparer, StringComparer.Ordinal) ? value : new(value, StringComparer.Ordinal);
    }

    [Id(2)] public SortedDictionary<int, VisitMonth> Months { get; set; } = [];

    /// <summary>Rises with every change kept, so the community keeps only the newest figures.</summary>
    [Id(3)] public long Changes { get; set; }

    public static HouseholdRegister Open(string communityId) => new() { CommunityId = Require.PlaceId(communityId, "communityId") };

    public Household Register(HouseholdDraft draft, Stamp stamp)
    {
        draft.Validate();
        stamp.Validate();
        if (!PlaceIds.IsChildOf(draft.CompoundId, CommunityId))
        {
            throw DomainRuleException.Invalid($"compound '{draft.CompoundId}' is not in community '{CommunityId}'.");
        }

        if (Households.ContainsKey(draft.Reference))
        {
            throw DomainRuleException.Conflict($"household '{draft.Reference}' is already on the register.");
        }

        if (Households.Count >= MaxHouseholds)
        {
            throw DomainRuleException.Invalid($"a register holds at most {MaxHouseholds} households.");
        }

        var household = new Household(draft.Reference, draft.CompoundId, draft.Cadence(), stamp.At, null, draft.Synthetic);
        Households[household.Reference] = household;
        Changes++;
        return household;
    }

    /// <summary>Sets how often a household in difficulty is visited, or (null) ends its cadence.</summary>
    public Household SetCadence(string reference, int? cadenceDays)
    {
        var household = Find(reference) with { CadenceDays = cadenceDays is { } days ? HouseholdDraft.ValidCadence(days) : null };
        Households[reference] = household;
        Changes++;
        return household;
    }

    public Household Find(string reference) =>
        Households.TryGetValue(reference, out var household) ? household : throw DomainRuleException.NotFound("household", reference);

    /// <summary>
    /// The visit a draft makes, numbered within its month, without keeping it: the grain writes it to the month's log
    /// first and then <see cref="Keep"/>s it, so a retry after a failure between the two makes the same id again.
    /// </summary>
    public DoorVisit Visit(VisitDraft draft, Stamp stamp, string? ticketId)
    {
        draft.Validate();
        stamp.Validate();
        if (!Households.ContainsKey(draft.HouseholdReference))
        {
            throw DomainRuleException.Invalid($"household '{draft.HouseholdReference}' is not on the register; register it first.");
        }

        var month = ChinaTime.Month(stamp.At);
        var number = Months.GetValueOrDefault(month)?.Total + 1 ?? 1;
        if (number > MaxVisitsPerMonth)
        {
            throw DomainRuleException.Invalid($"a community records at most {MaxVisitsPerMonth} visits a month.");
        }

        return new DoorVisit(
            $"visit-{month}-{number:D4}", draft.HouseholdReference, draft.Kind, stamp.At, draft.Findings.Trim(),
            stamp.By, stamp.ByName, ticketId, draft.Synthetic);
    }

    /// <summary>Counts a visit made by <see cref="Visit"/>: its month's kind goes up by one and the household's last visit moves on.</summary>
    public void Keep(DoorVisit visit)
    {
        var household = Find(visit.HouseholdReference);
        if (household.LastVisitedAt is not { } last || visit.VisitedAt > last)
        {
            Households[household.Reference] = household with { LastVisitedAt = visit.VisitedAt };
        }

        var month = ChinaTime.Month(visit.VisitedAt);
        if (!Months.TryGetValue(month, out var counts))
        {
            counts = new VisitMonth();
            Months[month] = counts;
        }

        counts.Count(visit.Kind);
        Changes++;
    }

    /// <summary>The households with a cadence whose visit is overdue at <paramref name="now"/>, longest overdue first.</summary>
    public IReadOnlyList<Household> Overdue(DateTimeOffset now) =>
        [.. Households.Values.Where(h => h.IsOverdue(now)).OrderBy(h => h.DueAt)];

    /// <summary>The register's figures: the month counters as kept, the cadence counted from the households at <paramref name="now"/>.</summary>
    public PlaceFigures Figures(DateTimeOffset now)
    {
        var figures = new PlaceFigures { AsOf = now, Version = Changes };
        foreach (var (month, counts) in Months)
        {
            figures.Visits[month] = counts.Copy();
        }

        foreach (var household in Households.Values.Where(h => h.HasCadence))
        {
            figures.Cadence.Households++;
            figures.Cadence.VisitedWithin += household.VisitedWithinCadence(now) ? 1 : 0;
            figures.Cadence.Overdue += household.IsOverdue(now) ? 1 : 0;
        }

        return figures;
    }
}
