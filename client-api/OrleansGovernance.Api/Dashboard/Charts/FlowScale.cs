namespace OrleansGovernance.Api.Dashboard.Charts;

/// <summary>The width of one bar of the submitted-and-settled chart: the summary carries 48 hours and 30 days.</summary>
public enum FlowScale
{
    Hourly,
    Daily,
}
