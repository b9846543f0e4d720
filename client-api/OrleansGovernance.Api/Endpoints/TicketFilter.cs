using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>Which tickets a listing or an export covers, as the query string names them.</summary>
public sealed record TicketFilter(
    [property: Description("Any place id: city, district, subdistrict, community or compound.")] [FromQuery(Name = "place")] string Place,
    [property: Description("Statuses (camelCase), repeated or comma-separated; any of them matches. None: all.")] [FromQuery(Name = "status")] string[]? Status,
    [property: Description("Categories (camelCase), repeated or comma-separated; any of them matches. None: all.")] [FromQuery(Name = "category")] string[]? Category,
    [property: Description("Filed at or after this ISO-8601 date-time with offset.")] [FromQuery(Name = "from")] string? From,
    [property: Description("Filed before this ISO-8601 date-time with offset.")] [FromQuery(Name = "to")] string? To)
{
    /// <summary>The compounds' query; an enum, a time or a window that makes no sense is refused as invalid input.</summary>
    public TicketQuery ToQuery(string? before, int take)
    {
        var from = QueryTimes.Parse(From, "from");
        var to = QueryTimes.Parse(To, "to");
        if (from > to)
        {
            throw DomainRuleException.Invalid($"from ({From}) is after to ({To}).");
        }

        return new TicketQuery(ApiEnums.Parse<TicketStatus>(Status, "status"), ApiEnums.Parse<TicketCategory>(Category, "category"), from, to, before, take);
    }
}
