namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// The deliveries of recurring services (a weekday lunch, …) in one China calendar month: due so far (scheduled days up
/// to today), logged as delivered, and missed (a due day that ended without a log). Due and missed move with the
/// clock, so they are computed when the figures are published; delivered is a stored counter.
/// </summary>
[GenerateSerializer, Alias("governance.delivery-month")]
public sealed class DeliveryMonth
{
    [Id(0)] public int Due { get; set; }
    [Id(1)] public int Delivered { get; set; }
    [Id(2)] public int Missed { get; set; }

    public void Add(DeliveryMonth o)
    {
        Due += o.Due;
        Delivered += o.Delivered;
        Missed += o.Missed;
    }
}
