using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Domain.Tests.Figures;

public sealed class RatesTests
{
    [Fact]
    public void Rates_are_rounded_to_six_places_and_null_over_nothing()
    {
        Assert.Equal(0.666667, Rates.Of(2, 3));
        Assert.Null(Rates.Of(0, 0));
        Assert.Equal(0, Rates.Of(0, 4));
    }

    [Fact]
    public void Means_are_rounded_to_three_places_and_null_over_nothing()
    {
        Assert.Equal(3.333, Rates.Mean(10, 3));
        Assert.Null(Rates.Mean(5, 0));
    }
}
