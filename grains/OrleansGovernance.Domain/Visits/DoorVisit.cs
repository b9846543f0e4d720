namespace OrleansGovernance.Domain.Visits;

/// <summary>
/// One door visit (走访): which household, which of the three doors, what was found, who went, and the request filed
/// from it if any. The findings are for the community's staff: they may describe a family's situation.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.door-visit")]
public sealed record DoorVisit(
    [property: Id(0)] string Id,
    [property: Id(1)] string HouseholdReference,
    [property: Id(2)] VisitKind Kind,
    [property: Id(3)] DateTimeOffset VisitedAt,
    [property: Id(4)] string Findings,
    [property: Id(5)] string VisitedBy,
    [property: Id(6)] string? VisitedByName,
    [property: Id(7)] string? TicketId,
    [property: Id(8)] bool Synthetic);

/// <summary>What the visitor records on the doorstep.</summary>
[GenerateSerializer, Immutable, Alias("governance.visit-draft")]
public sealed record VisitDraft(
    [property: Id(0)] string HouseholdReference,
    [property: Id(1)] VisitKind Kind,
    [property: Id(2)] string Findings,
    [property: Id(3)] bool Synthetic = false)
{
    public const int MaxFindingsLength = 2000;

    public void Validate()
    {
        Require.Slug(HouseholdReference, "householdReference", 40);
        Require.Defined(Kind, "kind");
        Require.Text(Findings, "findings", MaxFindingsLength);
    }
}
