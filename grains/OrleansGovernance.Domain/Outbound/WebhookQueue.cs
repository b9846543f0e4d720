namespace OrleansGovernance.Domain.Outbound;

/// <summary>
/// A compound's deliveries to every endpoint that wants its events (the compound's 出站队列): pending ones in the order
/// their events happened, the dead letters an administrator decides about, the last few delivered, and the changes it
/// has queued lately, so a change the stream brings again is not queued twice. A request's deliveries to one endpoint go
/// one at a time, in order; different requests do not wait for each other.
/// </summary>
[GenerateSerializer, Alias("governance.webhook-queue")]
public sealed class WebhookQueue
{
    /// <summary>How many recent changes are remembered; the stream repeats only what it delivered moments before a crash.</summary>
    public const int SeenKept = 512;

    /// <summary>How many delivered ones are kept per endpoint, to show.</summary>
    public const int DeliveredKept = 20;

    /// <summary>Dead letters kept per compound; past that the oldest is discarded (and counted as dead when it died).</summary>
    public const int DeadKept = 1000;

    [Id(0)] public List<WebhookDelivery> Pending { get; set; } = [];
    [Id(1)] public List<WebhookDelivery> Dead { get; set; } = [];
    [Id(2)] public List<WebhookDelivery> Delivered { get; set; } = [];
    [Id(3)] public List<SeenChange> Seen { get; set; } = [];

    /// <summary>Whether the change of <paramref name="ticketId"/> to <paramref name="version"/> (or a later one) was queued before.</summary>
    public bool HasSeen(string ticketId, int version) => Seen.Any(seen => seen.TicketId == ticketId && seen.Version >= version);

    /// <summary>Queues a change's deliveries (none when no endpoint wants it) and remembers the change.</summary>
    public void Enqueue(string ticketId, int version, IEnumerable<WebhookDelivery> deliveries)
    {
        Pending.AddRange(deliveries);
        Seen.RemoveAll(seen => seen.TicketId == ticketId);
        Seen.Add(new SeenChange(ticketId, version));
        if (Seen.Count > SeenKept)
        {
            Seen.RemoveRange(0, Seen.Count - SeenKept);
        }
    }

    /// <summary>The deliveries to try at <paramref name="now"/>: the first pending one of each request and endpoint, if its time has come, oldest first.</summary>
    public IReadOnlyList<WebhookDelivery> Due(DateTimeOffset now, int max) =>
        [.. Heads().Where(delivery => delivery.NextAttemptAt <= now).Take(max)];

    /// <summary>When the next delivery is due, or null when nothing is pending.</summary>
    public DateTimeOffset? NextDue() => Heads().Select(delivery => (DateTimeOffset?)delivery.NextAttemptAt).Min();

    /// <summary>Counts an attempt and moves the delivery to where its new state keeps it.</summary>
    public DeliveryState Record(WebhookDelivery delivery, DeliveryAttempt attempt, DateTimeOffset now, RetrySchedule schedule)
    {
        var state = delivery.Record(attempt, now, schedule);
        if (state == DeliveryState.Pending)
        {
            return state;
        }

        Pending.Remove(delivery);
        if (state == DeliveryState.Delivered)
        {
            delivery.Body = "";
            Delivered.Add(delivery);
            var ofEndpoint = Delivered.Where(d => d.EndpointId == delivery.EndpointId).ToList();
            foreach (var old in ofEndpoint.Take(ofEndpoint.Count - DeliveredKept))
            {
                Delivered.Remove(old);
            }
        }
        else
        {
            Dead.Add(delivery);
            if (Dead.Count > DeadKept)
            {
                Dead.RemoveAt(0);
            }
        }

        return state;
    }

    /// <summary>Sends a dead letter again, behind what its request still has pending; null when there is no such dead letter.</summary>
    public WebhookDelivery? Revive(string endpointId, string deliveryId, DateTimeOffset now)
    {
        var dead = Dead.Find(d => d.EndpointId == endpointId && d.Id == deliveryId);
        if (dead is null)
        {
            return null;
        }

        Dead.Remove(dead);
        dead.Revive(now);
        Pending.Add(dead);
        return dead;
    }

    public bool Discard(string endpointId, string deliveryId) => Dead.RemoveAll(d => d.EndpointId == endpointId && d.Id == deliveryId) > 0;

    /// <summary>Forgets everything queued for endpoints that no longer exist; answers how many pending deliveries went.</summary>
    public int Forget(Func<string, bool> endpointExists)
    {
        Dead.RemoveAll(d => !endpointExists(d.EndpointId));
        Delivered.RemoveAll(d => !endpointExists(d.EndpointId));
        return Pending.RemoveAll(d => !endpointExists(d.EndpointId));
    }

    private IEnumerable<WebhookDelivery> Heads() =>
        Pending.GroupBy(d => (d.EndpointId, d.TicketId)).Select(request => request.First());
}

/// <summary>A request's change that was queued: its stored version.</summary>
[GenerateSerializer, Immutable, Alias("governance.webhook-seen-change")]
public sealed record SeenChange([property: Id(0)] string TicketId, [property: Id(1)] int Version);
