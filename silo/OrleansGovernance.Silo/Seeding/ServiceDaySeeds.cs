using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>
/// A year of monthly convenience service days (便民服务日) for every community, synthetic (shown as 示例), with their
/// co-building units as partners; one community lets one month pass without its day, so a missed month shows. And
/// Ningbao's weekday lunch from the report, delivered by the property office with the home-care station to a household
/// the seed names only by an internal reference, with a synthetic log that misses a day last week.
/// </summary>
internal static class ServiceDaySeeds
{
    public const int MonthsSeeded = 12;

    /// <summary>The community (by its place in the seed file) and how many months back its missed month lies.</summary>
    private const int MissingCommunity = 3;
    private const int MissedMonthsAgo = 4;

    private static readonly string[] Services =
    [
        "Blood-pressure and blood-sugar checks", "Free haircuts", "Knife sharpening", "Legal advice", "Home appliance repair",
        "Anti-fraud talk", "Tailoring and mending", "Pension and medical insurance questions", "Eye checks",
    ];

    public static void Add(SeedBatch batch, SeedFile file, SeedOptions options, DateTimeOffset until)
    {
        for (var i = 0; i < file.Communities.Count; i++)
        {
            var community = file.Communities[i];
            batch.ServiceDays[community.Id] = Days(community, StableRandom.For(options.RandomSeed, $"service-days-{community.Id}"), until, i == MissingCommunity);
        }

        if (file.Communities.Any(c => c.Id == ReportYearActivity.Ningbao)
            && batch.Community(ReportYearActivity.Ningbao).Lists.Resources.FirstOrDefault(r => r.Title.StartsWith("Weekday lunch", StringComparison.Ordinal)) is { } lunch)
        {
            batch.RecurringServices[ReportYearActivity.Ningbao] = NingbaoLunch(lunch, until);
        }
    }

    private static ServiceDayBook Days(SeedCommunity community, Random random, DateTimeOffset until, bool missesOne)
    {
        var book = ServiceDayBook.Open(community.Id);
        var today = ChinaTime.Date(until);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - MonthsSeeded);
        var units = community.CoBuildingUnits.Select(u => u.Id).ToList();
        for (var month = first; month <= today; month = month.AddMonths(1))
        {
            var date = month.AddDays(7 + random.Next(14));
            book.Schedule(new ServiceDayPlan(date, Synthetic: true), Stamp(month, 9));
            var missed = missesOne && month == first.AddMonths(MonthsSeeded - 1 - MissedMonthsAgo);
            if (date <= today && !missed)
            {
                var offered = Services.OrderBy(_ => random.Next()).Take(2 + random.Next(3)).ToList();
                var partners = units.OrderBy(_ => random.Next()).Take(Math.Min(units.Count, 1 + random.Next(2))).ToList();
                var record = new ServiceDayRecord(date, offered, partners, ["Community health service centre (sample)"], 30 + random.Next(90), Synthetic: true);
                book.Record(record, units, date == today ? new Stamp("seed", until) : Stamp(date, 18));
            }
        }

        return book;
    }

    /// <summary>The lunch from the day the demand was claimed (2023-02-13), logged every weekday but today and one day last week.</summary>
    private static RecurringServiceBook NingbaoLunch(ResourceItem lunch, DateTimeOffset until)
    {
        var book = RecurringServiceBook.Open(ReportYearActivity.Ningbao);
        var startsOn = new DateOnly(2023, 2, 13);
        var service = book.Start(
            new RecurringServiceDraft(lunch.Id, "ningbao-shijia-hh-001", RecurringServiceDraft.Weekdays, startsOn, null,
                "Ningbao Shijia property office with the home-care station (居家养老服务站)"),
            [lunch], Stamp(startsOn, 8));
        var today = ChinaTime.Date(until);
        var due = new List<DateOnly>();
        for (var date = startsOn; date < today; date = date.AddDays(1))
        {
            if (service.IsDue(date))
            {
                due.Add(date);
            }
        }

        var missed = due.Count >= 3 ? due[^3] : (DateOnly?)null;
        foreach (var date in due.Where(d => d != missed))
        {
            book.Log(service.Id, Stamp(date, 12));
        }

        return book;
    }

    /// <summary>The given hour in China on <paramref name="date"/>.</summary>
    private static Stamp Stamp(DateOnly date, int hour) =>
        new("seed", new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, 0)), ChinaTime.Offset));
}
