namespace OrleansGovernance.Api.Dashboard.Overview;

/// <summary>The 三率 a service is judged on: on-time response (及时响应率), settled (办结率) and satisfaction (满意率).</summary>
public enum Measure
{
    Response,
    Settle,
    Satisfaction,
}
