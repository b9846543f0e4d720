using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Domain.Tests.Community;

public sealed class ServiceDayBookTests
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private static readonly string[] Units = ["city-housing-security-centre"];

    /// <summary>Noon in China on the given day.</summary>
    private static Stamp On(int year, int month, int day) => TestData.At(new DateTimeOffset(year, month, day, 12, 0, 0, ChinaTime.Offset));

    private static ServiceDayRecord Held(DateOnly on, int residents = 40, params string[] services) =>
        new(on, services.Length == 0 ? ["Blood-pressure checks"] : services, Units, ["Community health centre"], residents);

    [Fact]
    public void A_community_schedules_one_day_a_month_and_moves_it_while_not_held()
    {
        var book = ServiceDayBook.Open(Fangzhi);

        book.Schedule(new ServiceDayPlan(new DateOnly(2026, 3, 14)), On(2026, 3, 1));
        var moved = book.Schedule(new ServiceDayPlan(new DateOnly(2026, 3, 21)), On(2026, 3, 2));

        Assert.Equal(new DateOnly(2026, 3, 21), moved.Date);
        Assert.Single(book.Days);
        Assert.Equal(1, book.Months[202603].Scheduled);
    }

    [Fact]
    public void A_month_already_over_cannot_be_scheduled()
    {
        var book = ServiceDayBook.Open(Fangzhi);

        TestData.Refused(RuleViolation.InvalidInput, () => book.Schedule(new ServiceDayPlan(new DateOnly(2026, 2, 14)), On(2026, 3, 1)));
        Assert.Empty(book.Days);
        Assert.Equal(0, book.Changes);
    }

    [Fact]
    public void A_held_day_cannot_be_moved_or_recorded_twice()
    {
        var book = ServiceDayBook.Open(Fangzhi);
        book.Record(Held(new DateOnly(2026, 3, 14)), Units, On(2026, 3, 14));

        TestData.Refused(RuleViolation.Conflict, () => book.Schedule(new ServiceDayPlan(new DateOnly(2026, 3, 28)), On(2026, 3, 15)));
        TestData.Refused(RuleViolation.Conflict, () => book.Record(Held(new DateOnly(2026, 3, 20)), Units, On(2026, 3, 20)));
        Assert.Equal(1, book.Months[202603].Held);
    }

    [Fact]
    public void A_day_not_yet_come_cannot_be_recorded_as_held()
    {
        var book = ServiceDayBook.Open(Fangzhi);

        TestData.Refused(RuleViolation.InvalidInput, () => book.Record(Held(new DateOnly(2026, 3, 14)), Units, On(2026, 3, 13)));
    }

    [Fact]
    public void A_partner_unit_named_by_id_must_be_a_co_building_unit_of_the_community()
    {
        var book = ServiceDayBook.Open(Fangzhi);
        var record = Held(new DateOnly(2026, 3, 14)) with { PartnerUnitIds = ["fire-station"] };

        TestData.Refused(RuleViolation.InvalidInput, () => book.Record(record, Units, On(2026, 3, 14)));
        Assert.Empty(book.Days);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void A_held_day_lists_between_one_and_fifty_services(int services)
    {
        var record = Held(new DateOnly(2026, 3, 14)) with { Services = [.. Enumerable.Range(1, services).Select(i => $"Service {i}")] };

        TestData.Refused(RuleViolation.InvalidInput, record.Validate);
    }

    [Fact]
    public void A_month_over_without_a_held_day_is_missed_from_the_first_month_scheduled()
    {
        var book = ServiceDayBook.Open(Fangzhi);
        book.Schedule(new ServiceDayPlan(new DateOnly(2026, 1, 10)), On(2026, 1, 1));
        book.Record(Held(new DateOnly(2026, 1, 10)), Units, On(2026, 1, 10));
        book.Schedule(new ServiceDayPlan(new DateOnly(2026, 2, 14)), On(2026, 2, 1));
        book.Record(Held(new DateOnly(2026, 4, 11)), Units, On(2026, 4, 11));

        // February was scheduled and not held, March never scheduled; April is held, May is still running.
        Assert.Equal([202602, 202603], book.MissedMonths(On(2026, 5, 20).At));
        var figures = book.Figures(On(2026, 5, 20).At);
        Assert.Equal(1, figures.ServiceDays[202602].Missed);
        Assert.Equal(1, figures.ServiceDays[202603].Missed);
        Assert.Equal(0, figures.ServiceDays[202601].Missed);
        Assert.False(figures.ServiceDays.ContainsKey(202605));
    }

    [Fact]
    public void The_running_month_is_not_missed_before_it_ends()
    {
        var book = ServiceDayBook.Open(Fangzhi);
        book.Schedule(new ServiceDayPlan(new DateOnly(2026, 5, 30)), On(2026, 5, 1));

        Assert.Empty(book.MissedMonths(new DateTimeOffset(2026, 5, 31, 23, 59, 0, ChinaTime.Offset)));
        Assert.Equal([202605], book.MissedMonths(new DateTimeOffset(2026, 6, 1, 0, 0, 0, ChinaTime.Offset)));
    }

    [Fact]
    public void The_month_counters_equal_a_recount_of_the_days()
    {
        var book = ServiceDayBook.Open(Fangzhi);
        var random = new Random(19);
        for (var month = 1; month <= 12; month++)
        {
            var date = new DateOnly(2025, month, 1 + random.Next(27));
            book.Schedule(new ServiceDayPlan(date.AddDays(1)), On(2025, month, 1));
            if (random.Next(4) > 0)
            {
                book.Record(Held(date, random.Next(100), [.. Enumerable.Range(1, 1 + random.Next(5)).Select(i => $"Service {i}")]), Units, On(2025, month, 28));
            }
        }

        foreach (var (month, counts) in book.Months)
        {
            var day = book.Days[month];
            Assert.Equal(1, counts.Scheduled);
            Assert.Equal(day.Held is null ? 0 : 1, counts.Held);
            Assert.Equal(day.Held?.ResidentsServed ?? 0, counts.ResidentsServed);
            Assert.Equal(day.Held?.Services.Count ?? 0, counts.Services);
            Assert.Equal(day.Held?.Partners ?? 0, counts.PartnerUnits);
        }

        var figures = book.Figures(On(2026, 1, 5).At);
        Assert.Equal(book.Days.Values.Count(d => d.Held is null), figures.ServiceDays.Values.Sum(m => m.Missed));
        Assert.Equal(book.Days.Count, book.Changes - book.Days.Values.Count(d => d.Held is not null));
    }

    [Fact]
    public void Communities_months_add_up()
    {
        var one = new PlaceFigures();
        one.ServiceDayMonth(202603).Held = 1;
        one.ServiceDayMonth(202603).ResidentsServed = 40;
        var other = new PlaceFigures();
        other.ServiceDayMonth(202603).Missed = 1;

        one.Add(other);

        Assert.Equal(1, one.ServiceDays[202603].Held);
        Assert.Equal(1, one.ServiceDays[202603].Missed);
        Assert.Equal(40, one.ServiceDays[202603].ResidentsServed);
    }
}
