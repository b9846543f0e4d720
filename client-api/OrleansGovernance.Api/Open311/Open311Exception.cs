namespace OrleansGovernance.Api.Open311;

/// <summary>
/// A request GeoReport refuses: answered as the spec's error list with <see cref="Status"/>, which the spec keeps to
/// 404 for what does not exist, 403 for a missing or wrong api_key and 400 for anything else.
/// </summary>
public sealed class Open311Exception(int status, string description) : Exception(description)
{
    public int Status { get; } = status;
}
