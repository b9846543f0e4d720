using System.Text.Json;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Metrics;

/// <summary>Tag values as the API spells them (camelCase enum names), so a series reads like the JSON it counts.</summary>
internal static class MetricTags
{
    public static KeyValuePair<string, object?> Category(TicketCategory category) =>
        new("category", JsonNamingPolicy.CamelCase.ConvertName(category.ToString()));
}
