using System.Diagnostics.Metrics;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Metrics;

/// <summary>Requests filed and settled (诉求受理与办结), counted once each is durable, by category.</summary>
public sealed class TicketMetrics
{
    private readonly Counter<long> _submitted;
    private readonly Counter<long> _settled;

    public TicketMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(GovernanceMeter.Name);
        _submitted = meter.CreateCounter<long>("governance.tickets.submitted", "{ticket}", "Requests filed, by category.");
        _settled = meter.CreateCounter<long>("governance.tickets.settled", "{ticket}", "Requests settled, by category.");
    }

    public void Submitted(TicketCategory category) => _submitted.Add(1, MetricTags.Category(category));

    public void Settled(TicketCategory category) => _settled.Add(1, MetricTags.Category(category));
}
