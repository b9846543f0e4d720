using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OrleansGovernance.Api.Contracts;

namespace OrleansGovernance.Api;

/// <summary>Worked examples, in the OpenAPI document, of the bodies the service-day and recurring-service routes take.</summary>
internal static class ServiceDaysOpenApi
{
    private static readonly Dictionary<string, Func<object>> Bodies = new(StringComparer.Ordinal)
    {
        ["POST api/v1/communities/{id}/service-days"] = () => new ScheduleServiceDayRequest(new DateOnly(2026, 12, 12)),
        ["POST api/v1/communities/{id}/service-days/held"] = () => new RecordServiceDayRequest(
            new DateOnly(2026, 12, 12), ["Free blood-pressure checks", "Knife sharpening", "Legal advice"], 86,
            ["city-housing-security-centre"], ["Xinglin community health centre"]),
        ["POST api/v1/communities/{id}/recurring-services"] = () => new StartRecurringServiceRequest(
            "resource-0001", "ningbao-hh-017", [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            new DateOnly(2026, 12, 14), "Ningbao Shijia property office with the home-care station (居家养老服务站)"),
    };

    public static Task Transform(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var key = $"{context.Description.HttpMethod} {context.Description.RelativePath}";
        if (Bodies.TryGetValue(key, out var body) && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
        {
            json.Example = Serialize(body());
        }

        return Task.CompletedTask;
    }

    private static JsonNode Serialize(object body)
    {
        var options = new JsonSerializerOptions();
        GovernanceApi.Configure(options);
        return JsonSerializer.SerializeToNode(body, body.GetType(), options)!;
    }
}
