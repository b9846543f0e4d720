using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

public sealed record RequestSummary(
    int Submitted,
    int Open,
    int Acknowledged,
    int AcknowledgedWithinLimit,
    double? AcknowledgedWithinLimitRate,
    int Breached,
    int Claimed,
    int Settled,
    int Overdue,
    int Escalated,
    int Rejected,
    int Duplicates,
    int Reopened,
    double? MeanMinutesToAcknowledge,
    double? P90MinutesToAcknowledge,
    double? MeanHoursToSettle,
    double? P90HoursToSettle,
    int ResponseOverdue,
    double? SettleRate)
{
    public static RequestSummary From(RequestCounts r) => new(
        r.Submitted, r.Open, r.Acknowledged, r.AcknowledgedWithinLimit, r.AcknowledgedWithinLimitRate,
        r.Breached, r.Claimed, r.Settled, r.Overdue, r.Escalated, r.Rejected, r.Duplicates, r.Reopened,
        r.MeanMinutesToAcknowledge, r.P90MinutesToAcknowledge, r.MeanHoursToSettle, r.P90HoursToSettle,
        r.ResponseOverdue, Rates.Of(r.Settled, r.Submitted));
}
