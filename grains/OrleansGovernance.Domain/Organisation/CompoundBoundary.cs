namespace OrleansGovernance.Domain.Organisation;

/// <summary>
/// A compound's boundary (小区边界): one outer ring of points, closed (its first point repeated last), as GeoJSON
/// draws a polygon. Holes are not kept: a compound is one fenced estate, and nothing the platform does asks whether a
/// point falls in a courtyard cut out of it. The ring is planar in degrees, which is exact enough for an estate a few
/// hundred metres across and is why a ring crossing the antimeridian is not provided for.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.compound-boundary")]
public sealed record CompoundBoundary([property: Id(0)] IReadOnlyList<GeoPoint> Ring)
{
    /// <summary>Enough for a surveyed estate outline; a bound on what one profile can make the grain store and every listing carry.</summary>
    public const int MaxPoints = 500;

    /// <summary>Below about a square metre at Xiamen's latitude: a ring whose points lie on one line, or on top of each other.</summary>
    private const double LeastArea = 1e-10;

    public void Validate()
    {
        if (Ring is null || Ring.Count < 4 || Ring.Count > MaxPoints)
        {
            throw DomainRuleException.Invalid($"a boundary is a closed ring of 4 to {MaxPoints} points (the first repeated last).");
        }

        Require.Entries(Ring, "boundary points");
        if (Ring.Select((point, i) => (point, i)).FirstOrDefault(p => !p.point.IsValid) is { point: not null } wrong)
        {
            throw DomainRuleException.Invalid($"boundary point {wrong.i + 1} must have lat in [-90, 90] and lng in [-180, 180].");
        }

        if (Ring[0] != Ring[^1])
        {
            throw DomainRuleException.Invalid("a boundary ring must be closed: its last point repeats its first.");
        }

        if (Math.Abs(SignedArea()) < LeastArea)
        {
            throw DomainRuleException.Invalid("a boundary ring must enclose an area: its points lie on one line or on one spot.");
        }
    }

    /// <summary>The ring's centre of area: where a compound given only by its outline is placed (its location).</summary>
    public GeoPoint Centroid()
    {
        var area = SignedArea();
        double lat = 0, lng = 0;
        foreach (var (a, b) in Edges())
        {
            var cross = (a.X * b.Y) - (b.X * a.Y);
            lng += (a.X + b.X) * cross;
            lat += (a.Y + b.Y) * cross;
        }

        return new GeoPoint(Ring[0].Lat + (lat / (6 * area)), Ring[0].Lng + (lng / (6 * area)));
    }

    public bool Equals(CompoundBoundary? other) => other is not null && Ring.SequenceEqual(other.Ring);

    public override int GetHashCode() => Ring.Count == 0 ? 0 : HashCode.Combine(Ring.Count, Ring[0], Ring[^1]);

    /// <summary>Shoelace area in square degrees, longitude as x; positive when the ring runs anticlockwise.</summary>
    private double SignedArea() => Edges().Sum(edge => (edge.A.X * edge.B.Y) - (edge.B.X * edge.A.Y)) / 2;

    /// <summary>
    /// The ring's edges in degrees from its first point: products of coordinates near 118 would cancel away the
    /// digits a few metres make.
    /// </summary>
    private IEnumerable<((double X, double Y) A, (double X, double Y) B)> Edges()
    {
        var origin = Ring[0];
        for (var i = 0; i < Ring.Count - 1; i++)
        {
            yield return ((Ring[i].Lng - origin.Lng, Ring[i].Lat - origin.Lat), (Ring[i + 1].Lng - origin.Lng, Ring[i + 1].Lat - origin.Lat));
        }
    }
}
