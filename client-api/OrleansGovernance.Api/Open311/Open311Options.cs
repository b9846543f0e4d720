namespace OrleansGovernance.Api.Open311;

/// <summary>Configuration section "Open311".</summary>
public sealed class Open311Options
{
    public const string Section = "Open311";

    /// <summary>
    /// The region this endpoint serves (one jurisdiction, so jurisdiction_id is ignored as the spec allows): addresses
    /// resolve to its compounds, and only its requests are shown. Unless set, the first of Places:Roots.
    /// </summary>
    public string JurisdictionRegionId { get; set; } = "";

    public string Contact { get; set; } = "Xinglin Subdistrict party-mass service centre, via the platform operator.";

    public string KeyService { get; set; } = "Ask the platform operator: keys are issued on the host with `api-key create --name <client>`.";

    /// <summary>Whether a place lies inside the jurisdiction: its id extends the region's.</summary>
    public bool Covers(string placeId) => placeId.StartsWith(JurisdictionRegionId + ".", StringComparison.Ordinal);

    /// <summary>"production" or "test", as service discovery defines them.</summary>
    public string EndpointType { get; set; } = "production";
}
