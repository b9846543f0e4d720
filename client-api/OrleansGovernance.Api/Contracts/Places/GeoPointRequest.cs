using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a GeoPoint.</summary>
public sealed record GeoPointRequest(
    double Lat,
    double Lng)
{
    public GeoPoint ToDomain() => new(
        Lat,
        Lng);
}
