using System.Globalization;

namespace OrleansGovernance.Domain.Tests;

public sealed class ChinaTimeTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void China_time_is_utc_plus_eight_whatever_the_input_offset()
    {
        var local = ChinaTime.ToChina(At("2023-06-01T02:00:00-05:00"));

        Assert.Equal(China, local.Offset);
        Assert.Equal(new DateTimeOffset(2023, 6, 1, 15, 0, 0, China), local);
        Assert.Equal(15, local.Hour);
    }

    [Theory]
    [InlineData("2023-06-01T02:35:10Z", "2023-06-01T10:00:00+08:00")]
    [InlineData("2023-06-01T16:00:00Z", "2023-06-02T00:00:00+08:00")]
    [InlineData("2023-06-01T10:59:59+08:00", "2023-06-01T10:00:00+08:00")]
    public void The_start_of_an_hour_is_on_the_china_clock(string at, string start)
    {
        var result = ChinaTime.StartOfHour(At(at));

        Assert.Equal(At(start), result);
        Assert.Equal(China, result.Offset);
    }

    [Theory]
    [InlineData("2023-06-01T15:59:59Z", "2023-06-01T00:00:00+08:00")]
    [InlineData("2023-06-01T16:00:00Z", "2023-06-02T00:00:00+08:00")]
    [InlineData("2023-06-01T23:00:00Z", "2023-06-02T00:00:00+08:00")]
    public void A_day_starts_at_midnight_in_china(string at, string start)
    {
        var result = ChinaTime.StartOfDay(At(at));

        Assert.Equal(At(start), result);
        Assert.Equal(China, result.Offset);
    }

    [Theory]
    [InlineData("2024-01-07T16:30:00Z", "2024-01-08T00:00:00+08:00")] // Sunday in UTC, Monday in China
    [InlineData("2024-01-07T15:59:59Z", "2024-01-01T00:00:00+08:00")] // the last second of Sunday in China
    [InlineData("2024-01-08T00:00:00+08:00", "2024-01-08T00:00:00+08:00")]
    [InlineData("2024-01-10T12:00:00+08:00", "2024-01-08T00:00:00+08:00")] // Wednesday
    [InlineData("2024-01-03T12:00:00+08:00", "2024-01-01T00:00:00+08:00")] // 1 January 2024 is itself a Monday
    [InlineData("2023-01-01T12:00:00+08:00", "2022-12-26T00:00:00+08:00")] // a Sunday belongs to the week begun the Monday before
    public void An_iso_week_starts_on_monday_in_china(string at, string start)
    {
        var result = ChinaTime.StartOfIsoWeek(At(at));

        Assert.Equal(At(start), result);
        Assert.Equal(DayOfWeek.Monday, result.DayOfWeek);
        Assert.Equal(China, result.Offset);
    }

    [Theory]
    [InlineData("2023-12-31T15:59:59Z", 2023)]
    [InlineData("2023-12-31T16:00:00Z", 2024)]
    public void The_year_turns_at_midnight_in_china(string at, int year)
    {
        Assert.Equal(year, ChinaTime.Year(At(at)));
    }

    [Theory]
    [InlineData("2023-06-01T15:59:59Z", 2023, 6, 1)]
    [InlineData("2023-06-01T16:00:00Z", 2023, 6, 2)]
    public void The_date_is_the_china_calendar_date(string at, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), ChinaTime.Date(At(at)));
    }

    private static DateTimeOffset At(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);
}
