using System.Diagnostics.Metrics;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Api.Audit;

/// <summary>Audit entries that could not be written. Each is a write whose trail is missing: any at all deserves a look.</summary>
public sealed class AuditMetrics
{
    private readonly Counter<long> _failures;

    public AuditMetrics(IMeterFactory meters) =>
        _failures = meters.Create(GovernanceMeter.Name)
            .CreateCounter<long>("governance.audit.write_failures", "{entry}", "Audit entries that could not be written.");

    public void WriteFailed() => _failures.Add(1);
}
