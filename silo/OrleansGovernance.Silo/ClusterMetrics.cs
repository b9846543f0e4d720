using System.Diagnostics.Metrics;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Silo;

/// <summary>
/// The silos this silo sees active in the membership table, as a gauge: Orleans' own meter has none, and a drop is
/// the first sign of a lost silo (alert when the cluster's maximum falls below the expected count). Created once the
/// silo is active, when membership has a view worth reporting.
/// </summary>
internal sealed class ClusterMetrics(IMeterFactory meters, IClusterMembershipService membership) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ClusterMetrics), ServiceLifecycleStage.Active, _ =>
        {
            meters.Create(GovernanceMeter.Name).CreateObservableGauge(
                "governance.cluster.active_silos",
                () => membership.CurrentSnapshot.Members.Values.Count(member => member.Status == SiloStatus.Active),
                "{silo}",
                "Silos active in the cluster, as this silo's membership view has it.");
            return Task.CompletedTask;
        });
}
