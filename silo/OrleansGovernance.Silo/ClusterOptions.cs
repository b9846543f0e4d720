namespace OrleansGovernance.Silo;

/// <summary>Configuration section "Orleans": who this silo is and where it listens.</summary>
public sealed class SiloEndpointOptions
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "governance";

    public string ServiceId { get; set; } = "governance";

    /// <summary>The address other silos and clients reach this one at (the pod IP on Kubernetes).</summary>
    public string AdvertisedIP { get; set; } = "127.0.0.1";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;
}
