namespace OrleansGovernance.Domain.Figures;

/// <summary>Resident requests of a place: the funnel, the response clock and the settle clock.</summary>
[GenerateSerializer, Alias("governance.request-counts")]
public sealed class RequestCounts
{
    /// <summary>A request open longer than this is long-running: the four aims' strength (解决困难有力度) counts how many are settled.</summary>
    public static readonly TimeSpan LongRunning = TimeSpan.FromDays(30);

    [Id(0)] public int Submitted { get; set; }
    [Id(1)] public int Open { get; set; }

    /// <summary>Requests that have had a first answer (acknowledged, rejected or pointed to a duplicate).</summary>
    [Id(2)] public int Acknowledged { get; set; }
    [Id(3)] public int AcknowledgedWithinLimit { get; set; }
    [Id(4)] public int Breached { get; set; }
    [Id(5)] public int Claimed { get; set; }
    [Id(6)] public int Settled { get; set; }
    /// <summary>Open past the settle limit: overdue on the settle clock.</summary>
    [Id(7)] public int Overdue { get; set; }
    [Id(8)] public int Escalated { get; set; }
    [Id(9)] public int Rejected { get; set; }
    [Id(10)] public int Duplicates { get; set; }
    [Id(11)] public int Reopened { get; set; }

    /// <summary>
    /// Time to first answer summed over the answered requests, in whole milliseconds: integers add and subtract
    /// exactly in any order, so a compound kept current change by change equals a recount to the last digit.
    /// </summary>
    [Id(16)] public long AcknowledgeMilliseconds { get; set; }

    /// <summary>Time to settle summed over the settled requests, in whole milliseconds.</summary>
    [Id(17)] public long SettleMilliseconds { get; set; }

    public double MinutesToAcknowledgeTotal => AcknowledgeMilliseconds / 60_000d;

    public double HoursToSettleTotal => SettleMilliseconds / 3_600_000d;
    /// <summary>Open and still unanswered past the response limit: overdue on the response clock (超时未响应).</summary>
    [Id(18)] public int ResponseOverdue { get; set; }

    /// <summary>Settled and never reopened: the four aims' precision (管理有精度).</summary>
    [Id(19)] public int SettledFirstTime { get; set; }

    /// <summary>Escalated at some point and settled since.</summary>
    [Id(20)] public int EscalatedSettled { get; set; }

    /// <summary>Still open more than <see cref="LongRunning"/> after being filed (moved by the clock, like <see cref="Overdue"/>).</summary>
    [Id(21)] public int OpenLongRunning { get; set; }

    /// <summary>Settled after more than <see cref="LongRunning"/>: the last bucket of <see cref="HoursToSettle"/>, whose last edge is 30 days.</summary>
    public int SettledLongRunning => HoursToSettle.Counts.Length == 0 ? 0 : HoursToSettle.Counts[^1];

    [Id(14)] public Histogram MinutesToAcknowledge { get; set; } = new();
    [Id(15)] public Histogram HoursToSettle { get; set; } = new();

    /// <summary>Answered within the limit over (within the limit + breached).</summary>
    public double? AcknowledgedWithinLimitRate => Rates.Of(AcknowledgedWithinLimit, AcknowledgedWithinLimit + Breached);

    public double? MeanMinutesToAcknowledge => Rates.Mean(MinutesToAcknowledgeTotal, Acknowledged);

    /// <summary>The upper edge of the bucket holding the 90th percentile, so p90s add up across levels.</summary>
    public double? P90MinutesToAcknowledge => MinutesToAcknowledge.Percentile(0.9, Histogram.MinuteEdges);

    public double? MeanHoursToSettle => Rates.Mean(HoursToSettleTotal, Settled);

    public double? P90HoursToSettle => HoursToSettle.Percentile(0.9, Histogram.HourEdges);

    public void Add(RequestCounts o)
    {
        Submitted += o.Submitted;
        Open += o.Open;
        Acknowledged += o.Acknowledged;
        AcknowledgedWithinLimit += o.AcknowledgedWithinLimit;
        Breached += o.Breached;
        Claimed += o.Claimed;
        Settled += o.Settled;
        Overdue += o.Overdue;
        ResponseOverdue += o.ResponseOverdue;
        Escalated += o.Escalated;
        Rejected += o.Rejected;
        Duplicates += o.Duplicates;
        Reopened += o.Reopened;
        SettledFirstTime += o.SettledFirstTime;
        EscalatedSettled += o.EscalatedSettled;
        OpenLongRunning += o.OpenLongRunning;
        AcknowledgeMilliseconds += o.AcknowledgeMilliseconds;
        SettleMilliseconds += o.SettleMilliseconds;
        MinutesToAcknowledge.Add(o.MinutesToAcknowledge);
        HoursToSettle.Add(o.HoursToSettle);
    }
}
