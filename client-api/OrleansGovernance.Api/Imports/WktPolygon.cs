using System.Globalization;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Imports;

/// <summary>
/// A compound's boundary in a CSV cell, as well-known text: <c>POLYGON ((lng lat, lng lat, …))</c>, what GIS tools
/// write when they save a layer as CSV (QGIS's GEOMETRY=AS_WKT). The outer ring is kept and holes are let go, as for
/// GeoJSON (see <see cref="PlaceGeometry"/>).
/// </summary>
public static class WktPolygon
{
    private const string Polygon = "POLYGON";

    public static CompoundBoundary Read(string text, string column)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("MULTIPOLYGON", StringComparison.OrdinalIgnoreCase))
        {
            throw new RowRefusedException($"{column} is a MULTIPOLYGON: a compound's boundary is one outline; give its main part as a POLYGON, or split the compound.");
        }

        var body = trimmed.StartsWith(Polygon, StringComparison.OrdinalIgnoreCase) ? trimmed[Polygon.Length..].Trim() : "";
        if (!body.StartsWith("((", StringComparison.Ordinal) || !body.EndsWith(')'))
        {
            throw new RowRefusedException($"{column} must be well-known text: POLYGON ((lng lat, lng lat, …)), the first point repeated last.");
        }

        var outer = body[2..body.IndexOf(')', StringComparison.Ordinal)].Split(',');
        if (outer.Length > CompoundBoundary.MaxPoints)
        {
            throw new RowRefusedException($"{column} has at most {CompoundBoundary.MaxPoints} points; this one has {outer.Length}.");
        }

        var points = new List<GeoPoint>();
        foreach (var position in outer)
        {
            var numbers = position.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            points.Add(numbers.Length is 2 or 3 && Number(numbers[0]) is { } lng && Number(numbers[1]) is { } lat
                ? new GeoPoint(lat, lng)
                : throw new RowRefusedException($"{column} point {points.Count + 1} is not 'longitude latitude'."));
        }

        var boundary = new CompoundBoundary(points);
        try
        {
            boundary.Validate();
        }
        catch (DomainRuleException refused)
        {
            throw new RowRefusedException($"{column}: {refused.Message}");
        }

        return boundary;
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
