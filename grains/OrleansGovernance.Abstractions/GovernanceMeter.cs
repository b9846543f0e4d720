namespace OrleansGovernance.Abstractions;

/// <summary>
/// The platform's own meter, shared by the grains and the API so that one name lists every platform series.
/// Hosts export it beside Orleans' meter ("Microsoft.Orleans"); see deploy/README.md for the series and alerts.
/// </summary>
public static class GovernanceMeter
{
    public const string Name = "OrleansGovernance";
}
