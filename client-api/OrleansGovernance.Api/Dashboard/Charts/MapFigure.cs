namespace OrleansGovernance.Api.Dashboard.Charts;

/// <summary>The figure the map colours compounds by.</summary>
public enum MapFigure
{
    /// <summary>限时响应率: requests acknowledged within their limit.</summary>
    OnTimeResponse,

    /// <summary>满意率.</summary>
    Satisfaction,

    OpenRequests,

    /// <summary>超期: requests past their settle limit, as the summary counts them today.</summary>
    Overdue,
}
