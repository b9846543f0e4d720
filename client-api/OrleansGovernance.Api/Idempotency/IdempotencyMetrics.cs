using System.Diagnostics.Metrics;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Api.Idempotency;

/// <summary>Retries answered from the recorded first answer: a rising rate means clients (or a network) that retry a lot.</summary>
public sealed class IdempotencyMetrics
{
    private readonly Counter<long> _replays;

    public IdempotencyMetrics(IMeterFactory meters) =>
        _replays = meters.Create(GovernanceMeter.Name)
            .CreateCounter<long>("governance.idempotency.replays", "{request}", "Requests answered again from an Idempotency-Key's recorded answer.");

    public void Replayed() => _replays.Add(1);
}
