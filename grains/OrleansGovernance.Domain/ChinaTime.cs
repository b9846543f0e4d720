namespace OrleansGovernance.Domain;

/// <summary>
/// Days, weeks and years are counted in China Standard Time (UTC+8, no daylight saving), which is how the
/// people who read the figures count them.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChina(DateTimeOffset at) => at.ToOffset(Offset);

    public static DateTimeOffset StartOfHour(DateTimeOffset at)
    {
        var local = ToChina(at);
        return new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, Offset);
    }

    public static DateTimeOffset StartOfDay(DateTimeOffset at)
    {
        var local = ToChina(at);
        return new DateTimeOffset(local.Year, local.Month, local.Day, 0, 0, 0, Offset);
    }

    /// <summary>Monday 00:00 of the ISO week holding <paramref name="at"/>.</summary>
    public static DateTimeOffset StartOfIsoWeek(DateTimeOffset at)
    {
        var day = StartOfDay(at);
        var sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        return day.AddDays(-sinceMonday);
    }

    public static int Year(DateTimeOffset at) => ToChina(at).Year;

    /// <summary>The calendar month as yyyymm (202312 for December 2023), which sorts and compares as a number.</summary>
    public static int Month(DateTimeOffset at)
    {
        var local = ToChina(at);
        return (local.Year * 100) + local.Month;
    }

    /// <summary>The month of a calendar date as yyyymm.</summary>
    public static int Month(DateOnly date) => (date.Year * 100) + date.Month;

    /// <summary>The month after a yyyymm month (202401 after 202312).</summary>
    public static int NextMonth(int month) => month % 100 == 12 ? ((month / 100) + 1) * 100 + 1 : month + 1;

    public static DateOnly Date(DateTimeOffset at) => DateOnly.FromDateTime(ToChina(at).DateTime);
}
