namespace OrleansGovernance.Api.Open311;

/// <summary>Configuration section "Open311".</summary>
public sealed class Open311Options
{
    public const string Section = "Open311";

    /// <summary>
    /// The region this endpoint serves, which is also its one jurisdiction_id: addresses resolve to its compounds, and
    /// only its requests are shown. A request may leave jurisdiction_id out (the spec allows that of an endpoint with one
    /// jurisdiction); one naming another is answered 404. Unless set, the first of Places:Roots.
    /// </summary>
    public string JurisdictionRegionId { get; set; } = "";

    public string Contact { get; set; } = "Xinglin Subdistrict party-mass service centre, via the platform operator.";

    public string KeyService { get; set; } = "Ask the platform operator: keys are issued on the host with `api-key create --name <client>`.";

    /// <summary>Refuses a jurisdiction_id other than this endpoint's.</summary>
    public void RequireJurisdiction(string? jurisdictionId)
    {
        if (!string.IsNullOrWhiteSpace(jurisdictionId) && jurisdictionId.Trim() != JurisdictionRegionId)
        {
            throw new Open311Exception(404, $"jurisdiction_id '{jurisdictionId}' is not served here; this endpoint serves '{JurisdictionRegionId}'.");
        }
    }

    /// <summary>Whether a place lies inside the jurisdiction: its id extends the region's.</summary>
    public bool Covers(string placeId) => placeId.StartsWith(JurisdictionRegionId + ".", StringComparison.Ordinal);

    /// <summary>"production" or "test", as service discovery defines them.</summary>
    public string EndpointType { get; set; } = "production";
}
