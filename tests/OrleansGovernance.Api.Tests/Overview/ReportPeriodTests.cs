using OrleansGovernance.Api.Dashboard.Overview;

namespace OrleansGovernance.Api.Tests.Overview;

public sealed class ReportPeriodTests
{
    // 00:30 on 1 January 2027 in China, still 2026 in UTC.
    private static readonly DateTimeOffset NewYearInChina = new(2026, 12, 31, 16, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Periods_are_whole_China_months_and_a_new_year_in_China_starts_a_new_year()
    {
        Assert.Equal((202701, 202701), Range(ReportPeriod.Of(ReportPeriod.ThisMonth, NewYearInChina)));
        Assert.Equal((202701, 202701), Range(ReportPeriod.Of(ReportPeriod.ThisYear, NewYearInChina)));
        Assert.Equal((202601, 202612), Range(ReportPeriod.Of(ReportPeriod.LastYear, NewYearInChina)));
        Assert.Equal((202611, 202701), Range(ReportPeriod.Of(ReportPeriod.ThreeMonths, NewYearInChina)));
        Assert.Equal((202602, 202701), Range(ReportPeriod.Of(ReportPeriod.TwelveMonths, NewYearInChina)));
    }

    [Fact]
    public void A_period_compares_with_as_many_months_just_before_and_the_same_months_a_year_earlier()
    {
        var quarter = ReportPeriod.Of(ReportPeriod.ThreeMonths, NewYearInChina);

        Assert.Equal((202608, 202610), Range(quarter.Previous));
        Assert.Equal((202511, 202601), Range(quarter.YearEarlier));
    }

    [Fact]
    public void A_chosen_range_runs_from_the_earlier_month_to_the_later_and_compares_like_any_other()
    {
        var range = ReportPeriod.Between(202603, 202511);

        Assert.Equal((202511, 202603), Range(range));
        Assert.Equal((202506, 202510), Range(range.Previous));
        Assert.Equal("2025-11 – 2026-03", ReportPeriod.Describe(range));
    }

    [Fact]
    public void An_unknown_period_reads_as_this_year()
    {
        Assert.Equal(ReportPeriod.ThisYear, ReportPeriod.Of("fortnight", NewYearInChina).Key);
    }

    [Fact]
    public void An_address_names_a_range_by_its_months_and_anything_else_as_a_named_period()
    {
        Assert.Equal((202511, 202603), Range(ReportPeriod.InAddress(ReportPeriod.Range, 202603, 202511, NewYearInChina)));
        Assert.Equal(ReportPeriod.LastYear, ReportPeriod.InAddress(ReportPeriod.LastYear, null, null, NewYearInChina).Key);
    }

    [Theory]
    [InlineData(202613, 202601)]
    [InlineData(202600, 202601)]
    [InlineData(19991, 202601)]
    public void An_address_with_a_month_that_is_no_month_shows_this_year(int from, int to)
    {
        Assert.Equal(ReportPeriod.ThisYear, ReportPeriod.InAddress(ReportPeriod.Range, from, to, NewYearInChina).Key);
    }

    private static (int, int) Range(ReportPeriod period) => (period.From, period.To);
}
