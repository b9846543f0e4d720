namespace OrleansGovernance.Domain.Plans;

[GenerateSerializer, Immutable, Alias("governance.plan-draft")]
public sealed record PlanDraft(
    [property: Id(0)] string CompoundId,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<string> Parties,
    [property: Id(3)] DateOnly PeriodStart,
    [property: Id(4)] DateOnly PeriodEnd,
    [property: Id(5)] IReadOnlyList<MilestoneDraft> Milestones,
    [property: Id(6)] bool Synthetic = false,
    [property: Id(7)] string? TitleZh = null,
    [property: Id(8)] IReadOnlyList<string>? PartiesZh = null)
{
    public void Validate()
    {
        Require.PlaceId(CompoundId, "compoundId");
        Require.Text(Title, "title", 300);
        foreach (var party in Parties)
        {
            Require.Text(party, "party", 200);
        }

        Require.OptionalText(TitleZh, "titleZh", 300);
        if (PartiesZh is { Count: > 0 } partiesZh)
        {
            if (partiesZh.Count != Parties.Count)
            {
                throw DomainRuleException.Invalid("partiesZh names each party in Chinese, in the order of parties, or is left out.");
            }

            foreach (var party in partiesZh)
            {
                Require.Text(party, "partiesZh", 200);
            }
        }

        Require.Entries(Milestones, "milestones");

        Require.Date(PeriodStart, "periodStart");
        Require.Date(PeriodEnd, "periodEnd");
        if (PeriodEnd < PeriodStart)
        {
            throw DomainRuleException.Invalid("a plan's period cannot end before it starts.");
        }
    }
}

[GenerateSerializer, Immutable, Alias("governance.milestone-draft")]
public sealed record MilestoneDraft(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] MilestoneKind Kind,
    [property: Id(3)] DateOnly Due,
    [property: Id(4)] int Weight,
    [property: Id(5)] string Owner,
    [property: Id(6)] string? TitleZh = null,
    [property: Id(7)] string? OwnerZh = null)
{
    public void Validate()
    {
        if (!PlaceIds.IsValid(Id) || Id.Contains('.', StringComparison.Ordinal))
        {
            throw DomainRuleException.Invalid($"milestone id '{Id}' must be one segment of a-z, 0-9 and '-'.");
        }

        Require.Text(Title, "milestone title", 300);
        Require.Defined(Kind, "milestone kind");
        Require.Date(Due, "milestone due date");
        Require.Range(Weight, "milestone weight", 1, 100);
        Require.Text(Owner, "milestone owner", 200);
        Require.OptionalText(TitleZh, "milestone titleZh", 300);
        Require.OptionalText(OwnerZh, "milestone ownerZh", 200);
    }
}
