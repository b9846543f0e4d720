using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Open311;

/// <summary>One GeoReport service: a ticket category as an Open311 client sees it.</summary>
public sealed record Open311Service(
    TicketCategory Category,
    string Name,
    string Description,
    string Keywords,
    string Group,
    IReadOnlyList<ServiceAttribute> Attributes)
{
    /// <summary>The category in kebab case (ebike-in-lift): stable, URL-safe, readable.</summary>
    public string Code { get; } = System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(Category.ToString());

    /// <summary>True when the service asks extra questions, so a client must read its definition first.</summary>
    public bool Metadata => Attributes.Count > 0;
}
