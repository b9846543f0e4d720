using System.Diagnostics.Metrics;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Metrics;

/// <summary>
/// Breaches of the service-level clocks, tagged by clock: "response" when a request's response limit runs out
/// unanswered (raised by the compound's timer, so at the moment it happens), "settle" when a request is settled
/// after its settle limit.
/// </summary>
public sealed class ServiceLevelMetrics
{
    private readonly Counter<long> _breaches;

    public ServiceLevelMetrics(IMeterFactory meters) =>
        _breaches = meters.Create(GovernanceMeter.Name)
            .CreateCounter<long>("governance.sla.breaches", "{breach}", "Service-level breaches, by clock (response, settle) and category.");

    public void ResponseBreached(TicketCategory category) => _breaches.Add(1, new("clock", "response"), MetricTags.Category(category));

    public void SettledLate(TicketCategory category) => _breaches.Add(1, new("clock", "settle"), MetricTags.Category(category));
}
