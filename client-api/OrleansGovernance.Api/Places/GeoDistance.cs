using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Places;

public static class GeoDistance
{
    // The mean Earth radius: over the few hundred metres we compare, the ellipsoid's error is centimetres.
    private const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>Great-circle distance by the haversine formula, which stays accurate at short range.</summary>
    public static double Metres(GeoPoint a, GeoPoint b)
    {
        var dLat = Radians(b.Lat - a.Lat);
        var dLng = Radians(b.Lng - a.Lng);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(a.Lat)) * Math.Cos(Radians(b.Lat)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
