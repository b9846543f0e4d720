using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains;

/// <summary>
/// Raises a breach the moment a request's response limit runs out unanswered, whether or not anyone is reading:
/// one grain timer set for the earliest pending limit. While limits are pending, a reminder is kept registered so
/// that a compound lost with a crashed silo comes back (within a minute) to raise them; it is dropped once a
/// reminder tick finds nothing pending, so a busy compound does not write a reminder row per request.
/// </summary>
internal sealed class DeadlineWatch(Grain grain, CompoundFigures facts, TimeProvider clock, Func<SlaBreach, Task> raise)
{
    public const string ReminderName = "sla-watch";

    /// <summary>Breaches older than this when the watch starts were raised before (by an earlier activation) or are history.</summary>
    private static readonly TimeSpan Lookback = TimeSpan.FromHours(24);

    private readonly HashSet<string> _raised = [];
    private readonly DateTimeOffset _startedAt = clock.GetUtcNow();
    private IGrainTimer? _timer;
    private bool _reminderRegistered;

    /// <summary>Raises what has run out, then sets the timer for the next limit.</summary>
    public async Task Rearm()
    {
        var now = clock.GetUtcNow();
        var pending = facts.Tickets.Values.Where(t => t.Status.IsOpen() && t.RespondedAt is null).ToList();
        foreach (var ticket in pending.Where(t => t.ResponseDue <= now && t.ResponseDue > _startedAt - Lookback && _raised.Add(t.Id)))
        {
            await raise(new SlaBreach(ticket.Id, grain.GetPrimaryKeyString(), ticket.ResponseDue, now));
        }

        var next = pending.Where(t => t.ResponseDue > now).Select(t => (DateTimeOffset?)t.ResponseDue).Min();
        if (next is { } due)
        {
            _timer ??= grain.RegisterGrainTimer(Rearm, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
            _timer.Change(due - now + TimeSpan.FromMilliseconds(1), Timeout.InfiniteTimeSpan);
            if (!_reminderRegistered)
            {
                await grain.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
                _reminderRegistered = true;
            }
        }
    }

    /// <summary>A reminder tick: raise anything missed and drop the reminder when nothing is pending any more.</summary>
    public async Task OnReminder()
    {
        await Rearm();
        var stillPending = facts.Tickets.Values.Any(t => t.Status.IsOpen() && t.RespondedAt is null && t.ResponseDue > clock.GetUtcNow());
        if (!stillPending && await grain.GetReminder(ReminderName) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
            _reminderRegistered = false;
        }
    }
}
