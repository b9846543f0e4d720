using OrleansGovernance.Domain.Organisation;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Organisation;

public sealed class CompoundBoundaryTests
{
    private static readonly GeoPoint SouthWest = new(24.5890, 118.0420);
    private static readonly GeoPoint SouthEast = new(24.5890, 118.0440);
    private static readonly GeoPoint NorthEast = new(24.5910, 118.0440);
    private static readonly GeoPoint NorthWest = new(24.5910, 118.0420);

    private static CompoundBoundary Square => new([SouthWest, SouthEast, NorthEast, NorthWest, SouthWest]);

    [Fact]
    public void A_closed_ring_around_an_area_is_accepted_whichever_way_it_runs()
    {
        Square.Validate();
        new CompoundBoundary([.. Square.Ring.Reverse()]).Validate();
    }

    [Fact]
    public void A_ring_whose_last_point_does_not_repeat_its_first_is_refused_as_not_closed()
    {
        var open = new CompoundBoundary([SouthWest, SouthEast, NorthEast, NorthWest]);

        Assert.Contains("closed", Reason(open.Validate), StringComparison.Ordinal);
    }

    [Fact]
    public void A_ring_of_fewer_than_4_or_more_than_500_points_is_refused()
    {
        Refused(RuleViolation.InvalidInput, new CompoundBoundary([SouthWest, SouthEast, SouthWest]).Validate);
        Refused(RuleViolation.InvalidInput, new CompoundBoundary([]).Validate);
        Refused(RuleViolation.InvalidInput, Circle(CompoundBoundary.MaxPoints + 1).Validate);
        Circle(CompoundBoundary.MaxPoints).Validate();
    }

    [Fact]
    public void A_ring_with_a_point_off_the_globe_or_not_a_number_names_that_point()
    {
        var offGlobe = new CompoundBoundary([SouthWest, new GeoPoint(24.59, 181), NorthEast, SouthWest]);
        var notANumber = new CompoundBoundary([SouthWest, SouthEast, new GeoPoint(double.NaN, 118.044), SouthWest]);

        Assert.Contains("point 2", Reason(offGlobe.Validate), StringComparison.Ordinal);
        Assert.Contains("point 3", Reason(notANumber.Validate), StringComparison.Ordinal);
        Refused(RuleViolation.InvalidInput, new CompoundBoundary([SouthWest, null!, NorthEast, SouthWest]).Validate);
    }

    [Fact]
    public void A_ring_enclosing_no_area_is_refused()
    {
        var line = new CompoundBoundary([SouthWest, SouthEast, new GeoPoint(24.5890, 118.0460), SouthWest]);
        var spot = new CompoundBoundary([SouthWest, SouthWest, SouthWest, SouthWest]);

        Assert.Contains("area", Reason(line.Validate), StringComparison.Ordinal);
        Refused(RuleViolation.InvalidInput, spot.Validate);
    }

    [Fact]
    public void The_centroid_of_a_square_is_its_centre()
    {
        var centre = Square.Centroid();

        Assert.Equal(24.5900, centre.Lat, 9);
        Assert.Equal(118.0430, centre.Lng, 9);
    }

    [Fact]
    public void Two_boundaries_with_the_same_points_are_equal_and_a_moved_point_makes_them_differ()
    {
        Assert.Equal(Square, new CompoundBoundary([SouthWest, SouthEast, NorthEast, NorthWest, SouthWest]));
        Assert.NotEqual(Square, new CompoundBoundary([SouthWest, SouthEast, NorthEast, new GeoPoint(24.5911, 118.0420), SouthWest]));
    }

    [Fact]
    public void A_compound_with_a_bad_boundary_is_refused_and_its_location_may_lie_outside_a_good_one()
    {
        CompoundProfile Compound(CompoundBoundary boundary) => new()
        {
            Id = CompoundId, Name = "Hualing Garden", NameZh = "华铃花园", CommunityId = "xiamen.jimei.xinglin.fangzhi",
            Location = new GeoPoint(24.5950, 118.0500), Boundary = boundary,
        };

        Refused(RuleViolation.InvalidInput, Compound(new CompoundBoundary([SouthWest, SouthEast, NorthEast, NorthWest])).Validate);
        Compound(Square).Validate();
    }

    private static string Reason(Action validate)
    {
        var refusal = Assert.Throws<DomainRuleException>(validate);
        Assert.Equal(RuleViolation.InvalidInput, refusal.Violation);
        return refusal.Message;
    }

    private static CompoundBoundary Circle(int points)
    {
        var ring = Enumerable.Range(0, points - 1)
            .Select(i => new GeoPoint(24.59 + (0.001 * Math.Sin(2 * Math.PI * i / (points - 1))), 118.043 + (0.001 * Math.Cos(2 * Math.PI * i / (points - 1)))))
            .ToList();
        return new CompoundBoundary([.. ring, ring[0]]);
    }
}
