using System.Globalization;
using System.Text.Json;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Imports;

/// <summary>
/// What a GeoJSON feature's geometry gives a place: a Point is a compound's location, a Polygon's outer ring its
/// boundary. A Polygon's holes are let go: the estate's outline is what the platform keeps, and a plot cut out inside
/// it (a school, a substation) does not move the outline.
/// </summary>
public sealed record PlaceGeometry(GeoPoint? Point, CompoundBoundary? Boundary)
{
    /// <summary>The feature's geometry; none when it has none; other geometries, and malformed ones, are refused.</summary>
    public static PlaceGeometry? Of(JsonElement feature)
    {
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var type = geometry.ValueKind == JsonValueKind.Object && geometry.TryGetProperty("type", out var named) && named.ValueKind == JsonValueKind.String ? named.GetString() : null;
        var coordinates = type is null || !geometry.TryGetProperty("coordinates", out var given) ? default : given;
        return type switch
        {
            "Point" => new PlaceGeometry(Position(coordinates) is var (lng, lat)
                ? new GeoPoint(ImportWords.Coordinate(Invariant(lat), PlaceRows.Lat.Shown, 90), ImportWords.Coordinate(Invariant(lng), PlaceRows.Lng.Shown, 180))
                : throw new RowRefusedException("a Point's coordinates are [longitude, latitude]."), null),
            "Polygon" => new PlaceGeometry(null, OuterRing(coordinates)),
            "MultiPolygon" => throw new RowRefusedException(
                "a MultiPolygon is refused: a compound's boundary is one outline; give its main part as a Polygon, or split the compound."),
            _ => throw new RowRefusedException("the geometry must be a Point of [longitude, latitude], a Polygon (a compound's boundary), or absent."),
        };
    }

    private static CompoundBoundary OuterRing(JsonElement coordinates)
    {
        if (coordinates.ValueKind != JsonValueKind.Array || coordinates.GetArrayLength() == 0 || coordinates[0].ValueKind != JsonValueKind.Array)
        {
            throw new RowRefusedException("a Polygon's coordinates are rings of [longitude, latitude] positions, the outer ring first.");
        }

        var ring = coordinates[0];
        if (ring.GetArrayLength() > CompoundBoundary.MaxPoints)
        {
            throw new RowRefusedException($"a boundary ring has at most {CompoundBoundary.MaxPoints} points; this one has {ring.GetArrayLength()}.");
        }

        var points = new List<GeoPoint>();
        foreach (var position in ring.EnumerateArray())
        {
            points.Add(Position(position) is var (lng, lat)
                ? new GeoPoint(lat, lng)
                : throw new RowRefusedException($"boundary point {points.Count + 1} is not a [longitude, latitude] position."));
        }

        var boundary = new CompoundBoundary(points);
        boundary.Validate();
        return boundary;
    }

    /// <summary>A position's longitude and latitude; an altitude after them is let go.</summary>
    private static (double Lng, double Lat)? Position(JsonElement position) =>
        position.ValueKind == JsonValueKind.Array && position.GetArrayLength() >= 2
        && position[0].ValueKind == JsonValueKind.Number && position[0].TryGetDouble(out var lng)
        && position[1].ValueKind == JsonValueKind.Number && position[1].TryGetDouble(out var lat)
            ? (lng, lat)
            : null;

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
