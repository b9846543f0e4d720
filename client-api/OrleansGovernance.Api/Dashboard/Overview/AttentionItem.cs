namespace OrleansGovernance.Api.Dashboard.Overview;

/// <summary>What asks for an official's attention (需关注), most pressing first within its kind.</summary>
public enum AttentionKind
{
    PlaceBelowTarget,
    MilestoneOverdue,
    RequestsPastLimit,

    /// <summary>Households in difficulty not visited within their cadence (走访逾期).</summary>
    VisitsOverdue,
    /// <summary>A community's last month ended without its convenience service day (便民服务日).</summary>
    ServiceDayMissed,

    /// <summary>Recurring services' deliveries missed this month.</summary>
    DeliveriesMissed,
}

/// <summary>One line of the needs-attention list: what, how bad, and where to go about it.</summary>
public sealed record AttentionItem(AttentionKind Kind, string Id, string Title, string Detail, string Href, double Weight);
