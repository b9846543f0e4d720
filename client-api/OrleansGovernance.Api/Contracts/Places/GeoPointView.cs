using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>GeoPoint as the API shows it.</summary>
public sealed record GeoPointView(
    double Lat,
    double Lng)
{
    public static GeoPointView Of(GeoPoint source) => new(
        source.Lat,
        source.Lng);
}
