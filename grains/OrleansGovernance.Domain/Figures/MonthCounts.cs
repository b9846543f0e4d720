using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// The requests submitted in one China calendar month and what became of them: what the 三率 of any run of months
/// need (answered in time or breached, settled, rated) and the categories asked about (热点诉求). Counted by the month
/// a request was filed, so a period's rates are of that period's requests and periods add up month by month.
/// </summary>
[GenerateSerializer, Alias("governance.month-counts")]
public sealed class MonthCounts
{
    [Id(0)] public int Submitted { get; set; }

    /// <summary>Answered no later than the response limit.</summary>
    [Id(1)] public int AnsweredInTime { get; set; }

    /// <summary>Answered late, or unanswered past the limit: moves with the clock like <see cref="RequestCounts.Breached"/>.</summary>
    [Id(2)] public int Breached { get; set; }
    [Id(3)] public int Settled { get; set; }
    [Id(4)] public SatisfactionCounts Ratings { get; set; } = new();
    [Id(5)] public SortedDictionary<TicketCategory, int> Categories { get; set; } = [];

    /// <summary>Nothing counted: a month emptied by taking changes back is dropped, as one never counted.</summary>
    public bool IsEmpty => Submitted == 0 && AnsweredInTime == 0 && Breached == 0 && Settled == 0 && Ratings.IsEmpty && Categories.Count == 0;

    public void Count(TicketCategory category, int delta)
    {
        var count = Categories.GetValueOrDefault(category) + delta;
        if (count == 0)
        {
            Categories.Remove(category);
        }
        else
        {
            Categories[category] = count;
        }
    }

    public void Add(MonthCounts o)
    {
        Submitted += o.Submitted;
        AnsweredInTime += o.AnsweredInTime;
        Breached += o.Breached;
        Settled += o.Settled;
        Ratings.Add(o.Ratings);
        foreach (var (category, count) in o.Categories)
        {
            Count(category, count);
        }
    }
}
