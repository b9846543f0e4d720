using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Abstractions;

/// <summary>A place's figures together with what a reader needs to name the place.</summary>
[GenerateSerializer, Immutable, Alias("governance.place-report")]
public sealed record PlaceReport(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string NameZh,
    [property: Id(3)] PlaceKind Kind,
    [property: Id(4)] PlaceFigures Figures);

public enum PlaceKind
{
    City,
    District,
    Subdistrict,
    Community,
    Compound,
    Province,
    Nation,
}
