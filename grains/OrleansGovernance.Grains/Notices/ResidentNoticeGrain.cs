using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Notices;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Grains.Metrics;
using OrleansGovernance.Grains.Notices.Senders;

namespace OrleansGovernance.Grains.Notices;

/// <remarks>
/// Tells the reporters of one compound's requests when a request moves (告知). It follows the same durable stream as
/// the compound's figures, so a change stored is a change told, even across a crash; the notices a change makes are
/// saved before its delivery is acknowledged, and the version saved with them drops the change if it comes again.
/// Each request's notices go out in the order of its steps (one request waiting does not hold back another); a
/// failure is tried again on the <see cref="NoticeOptions.Retry"/> schedule by a grain timer, and a reminder, kept
/// while anything waits, brings the grain back within a minute if its silo dies. A notice is told to the gateway at
/// least once: only a crash between the gateway's acceptance and the save that follows can repeat it, and its id
/// travels with it (Message-ID, the SMS request's id) so a gateway can drop that repeat.
/// </remarks>
[ImplicitStreamSubscription(CompoundChanges.Namespace)]
public sealed class ResidentNoticeGrain(
    [PersistentState("resident-notices", GovernanceStorage.ProviderName)] IPersistentState<ResidentNoticeState> state,
    NoticeSenders senders,
    IOptions<NoticeOptions> options,
    NoticeMetrics metrics,
    TimeProvider clock,
    ILogger<ResidentNoticeGrain> log) : Grain, IResidentNoticeGrain, IRemindable
{
    public const string RetryReminder = "notice-retry";

    /// <summary>How long one round of sending may hold the grain before it lets the stream's deliveries in.</summary>
    private static readonly TimeSpan RoundLength = TimeSpan.FromSeconds(2);

    private IGrainTimer? _attempts;
    private bool _reminder;
    private NoticeRules? _rules;

    private List<NoticeDelivery> Pending => state.State.Pending;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await this.GetStreamProvider(CompoundChanges.ProviderName)
            .GetStream<CompoundChange>(StreamId.Create(CompoundChanges.Namespace, this.GetPrimaryKeyString()))
            .SubscribeAsync((change, _) => Handle(change));

        // Every compound with a change wakes this grain; most have nothing waiting, and need no read of the reminder
        // table. A reminder a crash left behind finds nothing pending when it fires, and goes then.
        if (Pending.Count > 0)
        {
            await Arm();
        }
    }

    public Task<IReadOnlyList<NoticeDelivery>> GetPending() => Task.FromResult<IReadOnlyList<NoticeDelivery>>([.. Pending]);

    public async Task Requeue(ResidentNotice notice)
    {
        if (notice.CompoundId != this.GetPrimaryKeyString())
        {
            throw Domain.DomainRuleException.Invalid($"notice '{notice.Id}' is not of compound '{this.GetPrimaryKeyString()}'.");
        }

        if (Pending.All(waiting => waiting.Notice.Id != notice.Id))
        {
            await state.Update(this, s =>
            {
                s.Pending.Add(new NoticeDelivery(notice, clock.GetUtcNow()));
                return s;
            });
        }

        await Arm();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status) => await Arm();

    /// <summary>
    /// Only a ticket's change can tell its reporter anything; plans, books and imported history (which comes as other
    /// kinds of change, or as a new row) are passed over without a read or a write.
    /// </summary>
    private async Task Handle(CompoundChange change)
    {
        if (!options.Value.Enabled || change is not TicketDelta { FromVersion: > 0 } delta
            || !TicketEvents.Between(delta.Before, delta.After).Any(e => e.IsToldToReporter())
            || state.State.Told.GetValueOrDefault(delta.TicketId)?.Version >= delta.ToVersion)
        {
            return;
        }

        var ticket = await GrainFactory.GetGrain<ITicketGrain>(delta.TicketId).Get();
        var notices = ReporterNotices.For(ticket, delta.FromVersion, delta.ToVersion, delta.Before, delta.After, delta.ChangedAt, await Rules());
        if (notices.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await state.Update(this, s =>
        {
            s.Told[delta.TicketId] = new ToldVersion(delta.ToVersion, now);
            foreach (var stale in s.Told.Where(told => now - told.Value.At > options.Value.RememberTold).Select(told => told.Key).ToList())
            {
                s.Told.Remove(stale);
            }

            s.Pending.AddRange(notices.Where(notice => s.Pending.All(waiting => waiting.Notice.Id != notice.Id)).Select(notice => new NoticeDelivery(notice, now)));
            return s;
        });
        await Arm();
    }

    /// <summary>
    /// Tries the notices that are due and first of their request, for one short round; then sets the timer for the next.
    /// The timer's turn does not interleave, so a round is kept short: the stream's deliveries wait behind it, and one
    /// that waits past Orleans' response timeout is delivered again, or at last skipped.
    /// </summary>
    private async Task Attempt(CancellationToken cancellationToken)
    {
        // A gateway that failed is not asked again in this round: its other notices wait their turn as failed too.
        var down = new Dictionary<NoticeChannel, string>();
        var round = System.Diagnostics.Stopwatch.StartNew();
        while (round.Elapsed < RoundLength && NextDue(clock.GetUtcNow()) is { } delivery && !cancellationToken.IsCancellationRequested)
        {
            var notice = delivery.Notice;
            var now = clock.GetUtcNow();
            NoticeDelivery? next = null;
            if (await OptedOut(notice))
            {
                metrics.Skipped(notice.Channel);
                log.LogInformation("Notice {NoticeId} skipped: the resident opted out", notice.Id);
            }
            else
            {
                var (result, locally) = down.TryGetValue(notice.Channel, out var reason)
                    ? (NoticeSendResult.Transient(reason), false)
                    : await senders.Send(notice, now, cancellationToken);
                if (result.Sent)
                {
                    metrics.Sent(notice.Channel, locally);
                    log.LogInformation("Notice {NoticeId} sent by {Channel}{Where}", notice.Id, notice.Channel, locally ? " to the local outbox" : "");
                }
                else
                {
                    down.TryAdd(notice.Channel, result.Reason!);
                    next = result.Permanent ? null : delivery.Failed(result.Reason!, now, options.Value.Retry);
                    if (next is null)
                    {
                        await Bury(delivery, result.Reason!, now);
                    }
                    else
                    {
                        metrics.Failed(notice.Channel);
                        log.LogWarning("Notice {NoticeId} failed ({Reason}); attempt {Attempt} at {NextAttemptAt:O}", notice.Id, result.Reason, next.FailedAttempts + 1, next.NextAttemptAt);
                    }
                }
            }

            await state.Update(this, s =>
            {
                var at = s.Pending.FindIndex(waiting => waiting.Notice.Id == notice.Id);
                if (at >= 0)
                {
                    if (next is null)
                    {
                        s.Pending.RemoveAt(at);
                    }
                    else
                    {
                        s.Pending[at] = next;
                    }
                }

                return s;
            });
        }

        await Arm();
    }

    private async Task Bury(NoticeDelivery delivery, string reason, DateTimeOffset now)
    {
        await GrainFactory.GetGrain<INoticeDeskGrain>(INoticeDeskGrain.Key)
            .AddDeadLetter(new DeadNotice(delivery.Notice, delivery.FailedAttempts + 1, reason, now));
        metrics.Dead(delivery.Notice.Channel);
        log.LogWarning("Notice {NoticeId} given up ({Reason}) after {Attempts} attempts: see the dead letters", delivery.Notice.Id, reason, delivery.FailedAttempts + 1);
    }

    /// <summary>The first notice of its request that is due, in the order the changes were stored.</summary>
    private NoticeDelivery? NextDue(DateTimeOffset now) => Heads().FirstOrDefault(head => head.IsDue(now));

    private IEnumerable<NoticeDelivery> Heads() => Pending.GroupBy(delivery => delivery.Notice.TicketId).Select(request => request.First());

    private async Task<bool> OptedOut(ResidentNotice notice)
    {
        foreach (var contactKey in notice.ContactKeys)
        {
            if (await GrainFactory.GetGrain<IResidentOptOutGrain>(contactKey).IsOptedOut())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sets the timer for the earliest notice due, and keeps the reminder exactly while anything waits.</summary>
    private async Task Arm()
    {
        if (Pending.Count == 0)
        {
            _attempts?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            if (await this.GetReminder(RetryReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            _reminder = false;
            return;
        }

        var wait = Heads().Min(head => head.NextAttemptAt) - clock.GetUtcNow();
        _attempts ??= this.RegisterGrainTimer(Attempt, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        _attempts.Change(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        if (!_reminder)
        {
            await this.RegisterOrUpdateReminder(RetryReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            _reminder = true;
        }
    }

    private async Task<NoticeRules> Rules()
    {
        if (_rules is null)
        {
            var key = await GrainFactory.GetGrain<INoticeDeskGrain>(INoticeDeskGrain.Key).GetKey();
            var settings = options.Value;
            _rules = new NoticeRules(settings.MakeTemplates(), settings.Order, senders.Serves, new ContactKeys(key), settings.OptOutUrl);
        }

        return _rules;
    }
}
