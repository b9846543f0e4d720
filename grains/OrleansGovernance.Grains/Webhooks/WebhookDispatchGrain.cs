using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Abstractions.Webhooks;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Outbound;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Grains.Metrics;

namespace OrleansGovernance.Grains.Webhooks;

/// <remarks>
/// Follows the compound's changes on the durable stream beside the compound itself. A change's deliveries are stored
/// before the stream is told the change was handled, so once its outbox row is deleted they cannot be lost; a change
/// the stream brings again is recognised by its version and dropped. Sending runs on an interleaving timer, outside
/// the grain's turns, so a slow receiver never holds up the stream. While anything is pending a reminder brings the
/// dispatcher back (within a minute) after its silo dies.
/// </remarks>
[ImplicitStreamSubscription(CompoundChanges.Namespace)]
public sealed class WebhookDispatchGrain(
    [PersistentState("webhook-dispatch", GovernanceStorage.ProviderName)] IPersistentState<WebhookQueue> state,
    WebhookDirectoryCache directory,
    WebhookTransport transport,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    WebhookMetrics metrics,
    ILogger<WebhookDispatchGrain> log) : Grain, IWebhookDispatchGrain, IRemindable
{
    public const string Reminder = "webhook-deliveries";

    private readonly SemaphoreSlim _writing = new(1, 1);
    private IGrainTimer _timer = null!;
    private bool _pumping;
    private bool _reminder;
    private (WebhookPlace Place, HashSet<string> All)? _places;

    private WebhookQueue Queue => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _timer = this.RegisterGrainTimer(Pump, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = true });
        metrics.Waiting(Queue.Pending.Count);

        // Registered afresh whenever something waits: a silo that died between storing deliveries and registering the
        // reminder would otherwise leave them waiting for the compound's next change.
        await KeepReminder();
        Kick();
        await this.GetStreamProvider(CompoundChanges.ProviderName)
            .GetStream<CompoundChange>(StreamId.Create(CompoundChanges.Namespace, this.GetPrimaryKeyString()))
            .SubscribeAsync((change, _) => change is TicketDelta ticket ? Enqueue(ticket) : Task.CompletedTask);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.Waiting(-Queue.Pending.Count);
        return Task.CompletedTask;
    }

    public async Task<WebhookDeliveryStatus> Retry(string endpointId, string deliveryId)
    {
        var revived = Queue.Revive(endpointId, deliveryId, clock.GetUtcNow()) ?? throw DomainRuleException.NotFound("dead letter", deliveryId);
        await Save();
        metrics.Waiting(1);
        Report(revived);
        await KeepReminder();
        Kick();
        return Status(revived);
    }

    public async Task Discard(string endpointId, string deliveryId)
    {
        if (!Queue.Discard(endpointId, deliveryId))
        {
            throw DomainRuleException.NotFound("dead letter", deliveryId);
        }

        await Save();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (Queue.Pending.Count == 0)
        {
            if (await this.GetReminder(Reminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            _reminder = false;
            return;
        }

        Kick();
    }

    /// <summary>Queues a delivery of each of the change's events for each endpoint that wants it, and stores them before answering the stream.</summary>
    private async Task Enqueue(TicketDelta change)
    {
        if (Queue.HasSeen(change.TicketId, change.ToVersion))
        {
            return;
        }

        var events = TicketEvents.Between(change.Before, change.After);
        var endpoints = (await directory.Current()).Endpoints;
        if (events.Count == 0 || endpoints.Count == 0)
        {
            return;
        }

        var (place, places) = await Places();
        var now = clock.GetUtcNow();
        List<WebhookDelivery> deliveries = [.. events.SelectMany(ticketEvent => endpoints
            .Where(endpoint => endpoint.Settings.Wants(ticketEvent, places))
            .Select(endpoint =>
            {
                var payload = WebhookPayload.Of(change.After, ticketEvent, change.ChangedAt, place);
                return new WebhookDelivery
                {
                    Id = payload.Id,
                    EndpointId = endpoint.Id,
                    TicketId = change.TicketId,
                    Event = payload.Event,
                    Body = payload.Json(),
                    OccurredAt = change.ChangedAt,
                    QueuedAt = now,
                    NextAttemptAt = now,
                };
            }))];
        if (deliveries.Count == 0)
        {
            return;
        }

        Queue.Enqueue(change.TicketId, change.ToVersion, deliveries);
        await Save();
        metrics.Waiting(deliveries.Count);
        deliveries.ForEach(Report);
        await KeepReminder();
        Kick();
    }

    /// <summary>Sends what is due, a few requests at a time, until nothing is; then waits for the next delivery's time.</summary>
    private async Task Pump()
    {
        if (_pumping)
        {
            return;
        }

        _pumping = true;
        var failed = false;
        try
        {
            while (true)
            {
                var endpoints = (await directory.Current()).Endpoints.ToDictionary(endpoint => endpoint.Id);
                var forgotten = Queue.Forget(endpoints.ContainsKey);
                metrics.Waiting(-forgotten);
                var due = Queue.Due(clock.GetUtcNow(), options.Value.ConcurrentSends);
                if (due.Count == 0)
                {
                    if (forgotten > 0)
                    {
                        await Save();
                    }

                    break;
                }

                var attempts = await Task.WhenAll(due.Select(delivery => transport.Send(endpoints[delivery.EndpointId], delivery)));
                var now = clock.GetUtcNow();
                for (var i = 0; i < due.Count; i++)
                {
                    var outcome = Queue.Record(due[i], attempts[i], now, options.Value.Schedule);
                    metrics.Attempted(outcome, due[i], now);
                    if (outcome != DeliveryState.Pending)
                    {
                        metrics.Waiting(-1);
                    }

                    Report(due[i]);
                }

                await Save();
            }
        }
        catch (Exception failure)
        {
            // Storage or the registry failed: what is pending stays pending, tried again after the schedule's first wait
            // (its due times may already have passed, and re-arming at them would spin).
            failed = true;
            log.LogWarning("Compound {Compound} could not send its webhook deliveries ({Failure}); trying again shortly", this.GetPrimaryKeyString(), failure.GetType().Name);
        }
        finally
        {
            _pumping = false;
            if (failed)
            {
                _timer.Change(options.Value.Schedule.First, Timeout.InfiniteTimeSpan);
            }
            else
            {
                Arm();
            }
        }
    }

    private void Kick()
    {
        if (!_pumping && Queue.Pending.Count > 0)
        {
            _timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    private void Arm()
    {
        var wait = Queue.NextDue() is { } next ? next - clock.GetUtcNow() : Timeout.InfiniteTimeSpan;
        _timer.Change(wait == Timeout.InfiniteTimeSpan ? wait : TimeSpan.FromTicks(Math.Max(0, wait.Ticks)), Timeout.InfiniteTimeSpan);
    }

    private async Task KeepReminder()
    {
        if (!_reminder && Queue.Pending.Count > 0)
        {
            await this.RegisterOrUpdateReminder(Reminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            _reminder = true;
        }
    }

    /// <summary>Writes one at a time: the timer's sends interleave with the stream's deliveries, and both store.</summary>
    private async Task Save()
    {
        await _writing.WaitAsync();
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Memory may now be ahead of storage: the next activation reads what storage holds.
            DeactivateOnIdle();
            throw;
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>The compound and the places above it, read from their profiles once per activation (a compound never moves).</summary>
    private async Task<(WebhookPlace Place, HashSet<string> All)> Places()
    {
        if (_places is { } known)
        {
            return known;
        }

        var compound = await GrainFactory.GetGrain<ICompoundGrain>(this.GetPrimaryKeyString()).GetProfile();
        var community = await GrainFactory.GetGrain<ICommunityGrain>(compound.CommunityId).GetProfile();
        HashSet<string> all = [compound.Id, community.Id];
        for (var region = (string?)community.RegionId; region is not null; region = (await GrainFactory.GetGrain<IRegionGrain>(region).GetProfile()).ParentId)
        {
            all.Add(region);
        }

        _places = (new WebhookPlace(compound.Id, community.Id, community.RegionId), all);
        return _places.Value;
    }

    private void Report(WebhookDelivery delivery) =>
        GrainFactory.GetGrain<IWebhookLogGrain>(delivery.EndpointId).Report(Status(delivery)).Ignore();

    private WebhookDeliveryStatus Status(WebhookDelivery delivery) => WebhookDeliveryStatus.Of(delivery, this.GetPrimaryKeyString());
}
