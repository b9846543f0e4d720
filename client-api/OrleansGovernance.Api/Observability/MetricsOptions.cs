namespace OrleansGovernance.Api.Observability;

/// <summary>Where Prometheus scrapes (section "Metrics").</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>
    /// A management port the host also listens on (list it in <c>Urls</c> too): when set, <c>/metrics</c> answers
    /// there without a token, for Prometheus, and nowhere else. When unset it answers on every port, to admins only
    /// where the API is served, and to anyone on a silo that serves no API (such a silo faces no clients).
    /// </summary>
    public int? Port { get; set; }
}
