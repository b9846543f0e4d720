using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// What one request adds to its compound's figures at a moment: the one definition of how a request is counted.
/// Counted with -1 it is taken out again, so a compound keeps its counters current by taking a request's old facts
/// out and its new facts in, and they stay equal to a recount of every request.
/// </summary>
public static class TicketContribution
{
    public static void Count(PlaceFigures figures, TicketFacts ticket, DateTimeOffset now, FiguresCalculator.Windows windows, int sign = 1)
    {
        var requests = figures.Requests;
        requests.Submitted += sign;
        figures.Activity.Submitted += sign;
        Year(figures, ChinaTime.Year(ticket.SubmittedAt), sign, year => year.Submitted += sign);
        windows.Count(figures, ticket.SubmittedAt, submitted: true, sign);
        requests.Open += ticket.Status.IsOpen() ? sign : 0;
        requests.Rejected += ticket.Status == TicketStatus.Rejected ? sign : 0;
        requests.Duplicates += ticket.Status == TicketStatus.Duplicate ? sign : 0;
        requests.Reopened += ticket.Reopened * sign;
        requests.Claimed += ticket.ClaimedAt is null ? 0 : sign;
        requests.Escalated += ticket.EscalatedAt is null ? 0 : sign;
        requests.Breached += ticket.IsBreached(now) ? sign : 0;
        requests.Overdue += ticket.IsOverdue(now) ? sign : 0;
        requests.ResponseOverdue += ticket.IsResponseOverdue(now) ? sign : 0;
        requests.OpenLongRunning += ticket.Status.IsOpen() && now > ticket.SubmittedAt + RequestCounts.LongRunning ? sign : 0;
        Month(figures, ticket, now, sign);
        if (ticket.RespondedAt is { } responded)
        {
            requests.Acknowledged += sign;
            requests.AcknowledgedWithinLimit += responded <= ticket.ResponseDue ? sign : 0;
            var taken = responded - ticket.SubmittedAt;
            requests.AcknowledgeMilliseconds += (long)taken.TotalMilliseconds * sign;
            requests.MinutesToAcknowledge.Count(taken.TotalMinutes, Histogram.MinuteEdges, sign);
        }

        if (ticket.Status.IsSettled() && ticket.SettledAt is { } settled)
        {
            requests.Settled += sign;
            requests.SettledFirstTime += ticket.Reopened == 0 ? sign : 0;
            requests.EscalatedSettled += ticket.EscalatedAt is null ? 0 : sign;
            var taken = settled - ticket.SubmittedAt;
            requests.SettleMilliseconds += (long)taken.TotalMilliseconds * sign;
            requests.HoursToSettle.Count(taken.TotalHours, Histogram.HourEdges, sign);
            figures.Activity.Settled += sign;
            windows.Count(figures, settled, submitted: false, sign);
            var rating = ticket.Rating;
            if (rating is { } level)
            {
                figures.Satisfaction.Count(level, sign);
                figures.Activity.Ratings.Count(level, sign);
            }

            Year(figures, ChinaTime.Year(settled), sign, year =>
            {
                year.Settled += sign;
                if (rating is { } level)
                {
                    year.Ratings.Count(level, sign);
                }
            });
        }
    }

    /// <summary>Counts into the month the request was filed in; a month taken back to nothing is dropped.</summary>
    private static void Month(PlaceFigures figures, TicketFacts ticket, DateTimeOffset now, int sign)
    {
        var key = ChinaTime.Month(ticket.SubmittedAt);
        var month = figures.Month(key);
        month.Submitted += sign;
        month.Count(ticket.Category, sign);
        month.AnsweredInTime += ticket.RespondedAt is { } responded && responded <= ticket.ResponseDue ? sign : 0;
        month.Breached += ticket.IsBreached(now) ? sign : 0;
        if (ticket.Status.IsSettled() && ticket.SettledAt is not null)
        {
            month.Settled += sign;
            if (ticket.Rating is { } level)
            {
                month.Ratings.Count(level, sign);
            }
        }

        if (sign < 0 && month.IsEmpty)
        {
            figures.Months.Remove(key);
        }
    }

    /// <summary>Counts into a calendar year; a year a change takes back to nothing is dropped, as one never counted.</summary>
    private static void Year(PlaceFigures figures, int year, int sign, Action<ActivityCounts> count)
    {
        var counts = figures.Year(year);
        count(counts);
        if (sign < 0 && counts.IsEmpty)
        {
            figures.Years.Remove(year);
        }
    }
}
