using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Domain.Tests.Community;

public sealed class RecurringServiceBookTests
{
    private const string Ningbao = "xiamen.jimei.xinglin.ningbao";
    private static readonly ResourceItem Lunch = new("resource-0001", "Weekday lunch delivery", "home-care station", TestData.T0, false);

    /// <summary>The given hour in China on the given day (2026-03-02 is a Monday).</summary>
    private static Stamp On(int month, int day, int hour = 12) => TestData.At(new DateTimeOffset(2026, month, day, hour, 0, 0, ChinaTime.Offset));

    private static RecurringServiceDraft Weekdays(string household = "ningbao-hh-017") =>
        new("resource-0001", household, RecurringServiceDraft.Weekdays, new DateOnly(2026, 3, 2), null, "Ningbao Shijia property office");

    private static (RecurringServiceBook Book, RecurringService Service) Started()
    {
        var book = RecurringServiceBook.Open(Ningbao);
        return (book, book.Start(Weekdays(), [Lunch], On(3, 1)));
    }

    [Fact]
    public void A_service_delivers_a_listed_resource_only()
    {
        var book = RecurringServiceBook.Open(Ningbao);

        TestData.Refused(RuleViolation.InvalidInput, () => book.Start(Weekdays() with { ResourceId = "resource-0099" }, [Lunch], On(3, 1)));
        Assert.Empty(book.Services);
    }

    [Theory]
    [InlineData("7-1203")]
    [InlineData("13812345678")]
    [InlineData("Zhu nainai")]
    public void A_household_is_an_internal_reference_never_a_door_phone_or_name(string household)
    {
        TestData.Refused(RuleViolation.InvalidInput, Weekdays(household).Validate);
    }

    [Fact]
    public void A_schedule_names_each_day_once_and_at_least_one()
    {
        TestData.Refused(RuleViolation.InvalidInput, (Weekdays() with { Days = [] }).Validate);
        TestData.Refused(RuleViolation.InvalidInput, (Weekdays() with { Days = [DayOfWeek.Monday, DayOfWeek.Monday] }).Validate);
        TestData.Refused(RuleViolation.InvalidInput, (Weekdays() with { Days = [(DayOfWeek)9] }).Validate);
    }

    [Fact]
    public void A_service_cannot_start_in_the_past()
    {
        var book = RecurringServiceBook.Open(Ningbao);

        TestData.Refused(RuleViolation.InvalidInput, () => book.Start(Weekdays(), [Lunch], On(3, 3)));
    }

    [Fact]
    public void A_delivery_is_logged_once_on_a_due_day()
    {
        var (book, service) = Started();

        var delivery = book.Log(service.Id, On(3, 2));

        Assert.Equal(new DateOnly(2026, 3, 2), delivery.Date);
        TestData.Refused(RuleViolation.Conflict, () => book.Log(service.Id, On(3, 2, 18)));
        TestData.Refused(RuleViolation.InvalidInput, () => book.Log(service.Id, On(3, 7)));
        TestData.Refused(RuleViolation.NotFound, () => book.Log("service-0099", On(3, 3)));
    }

    [Fact]
    public void The_day_is_the_china_date_of_the_log()
    {
        var (book, service) = Started();

        // 23:30 UTC on Sunday 1 March is 07:30 on Monday 2 March in China.
        var delivery = book.Log(service.Id, TestData.At(new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2026, 3, 2), delivery.Date);
    }

    [Fact]
    public void A_due_day_ended_without_a_log_is_missed_and_raised_for_a_week()
    {
        var (book, service) = Started();
        book.Log(service.Id, On(3, 2));
        book.Log(service.Id, On(3, 4));

        var missed = book.Missed(On(3, 6).At);

        // Tuesday the 3rd and Thursday the 5th were due and not logged; Friday the 6th is still running.
        Assert.Equal([new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 3)], missed.Select(m => m.Date));
        Assert.All(missed, m => Assert.Equal("ningbao-hh-017", m.Household));
        Assert.DoesNotContain(book.Missed(On(3, 20).At), m => m.Date < new DateOnly(2026, 3, 13));
    }

    [Fact]
    public void Month_figures_count_due_delivered_and_missed_days_equal_to_a_recount()
    {
        var (book, service) = Started();
        var now = On(4, 8);
        var logged = new List<DateOnly>();
        for (var date = new DateOnly(2026, 3, 2); date <= new DateOnly(2026, 4, 8); date = date.AddDays(1))
        {
            if (service.IsDue(date) && date.Day % 5 != 0)
            {
                book.Log(service.Id, TestData.At(new DateTimeOffset(date.ToDateTime(new TimeOnly(11, 0)), ChinaTime.Offset)));
                logged.Add(date);
            }
        }

        var figures = book.Figures(now.At);

        foreach (var month in new[] { 202603, 202604 })
        {
            var days = Enumerable.Range(0, 60).Select(i => new DateOnly(2026, 3, 2).AddDays(i))
                .Where(d => ChinaTime.Month(d) == month && d <= new DateOnly(2026, 4, 8) && service.IsDue(d)).ToList();
            Assert.Equal(days.Count, figures.Deliveries[month].Due);
            Assert.Equal(logged.Count(d => ChinaTime.Month(d) == month), figures.Deliveries[month].Delivered);
            Assert.Equal(days.Count(d => d < new DateOnly(2026, 4, 8) && !logged.Contains(d)), figures.Deliveries[month].Missed);
        }
    }

    [Fact]
    public void Today_not_yet_logged_is_due_but_not_missed()
    {
        var (book, _) = Started();

        var figures = book.Figures(On(3, 2, 9).At);

        Assert.Equal(1, figures.Deliveries[202603].Due);
        Assert.Equal(0, figures.Deliveries[202603].Missed);
    }

    [Fact]
    public void A_stopped_service_is_due_no_more_after_today()
    {
        var (book, service) = Started();

        var stopped = book.Stop(service.Id, On(3, 3));

        Assert.Equal(new DateOnly(2026, 3, 3), stopped.EndsOn);
        Assert.Equal(2, book.Figures(On(3, 20).At).Deliveries[202603].Due);
        TestData.Refused(RuleViolation.InvalidTransition, () => book.Stop(service.Id, On(3, 4)));
    }

    [Fact]
    public void The_log_keeps_only_the_latest_deliveries_but_counts_every_month()
    {
        var (book, service) = Started();
        var count = 0;
        for (var date = new DateOnly(2026, 3, 2); count < DeliveryLog.RecentKept + 10; date = date.AddDays(1))
        {
            if (service.IsDue(date))
            {
                book.Log(service.Id, TestData.At(new DateTimeOffset(date.ToDateTime(new TimeOnly(11, 0)), ChinaTime.Offset)));
                count++;
            }
        }

        Assert.Equal(DeliveryLog.RecentKept, book.Logs[service.Id].Recent.Count);
        Assert.Equal(count, book.Logs[service.Id].Delivered.Values.Sum());
    }
}
