using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OrleansGovernance.Api;

/// <summary>Worked examples of the party register's request bodies in the OpenAPI document (synthetic people).</summary>
internal static class PartyRegisterOpenApi
{
    private static readonly Dictionary<string, Func<JsonNode>> Examples = new(StringComparer.Ordinal)
    {
        ["/party-members"] = () => new JsonObject
        {
            ["name"] = "示例党员", ["phone"] = "13800000000", ["standing"] = "inWork", ["workUnit"] = "集美区某单位",
            ["compoundId"] = "xiamen.jimei.xinglin.fangzhi.hualing-garden", ["registeredOn"] = "2024-03-01",
        },
        ["/vanguard-teams"] = () => new JsonObject
        {
            ["name"] = "Lift patrol", ["nameZh"] = "电梯巡查队", ["compoundId"] = "xiamen.jimei.xinglin.fangzhi.hualing-garden",
            ["memberIds"] = new JsonArray("pm-1", "pm-2"),
        },
        ["/members"] = () => new JsonObject { ["memberId"] = "pm-3" },
        ["/service-activities"] = () => new JsonObject
        {
            ["date"] = "2026-11-21", ["teamId"] = "team-1", ["memberIds"] = new JsonArray("pm-1", "pm-2", "pm-3"), ["hours"] = 2.5,
            ["residentsServed"] = 18, ["description"] = "楼道清理与杂物清运",
        },
    };

    public static Task Transform(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = context.Description.RelativePath ?? "";
        if (context.Description.HttpMethod == "POST" && path.StartsWith("api/v1/communities/", StringComparison.Ordinal)
            && Examples.FirstOrDefault(e => path.EndsWith(e.Key, StringComparison.Ordinal)).Value is { } example
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
        {
            json.Example = example();
        }

        return Task.CompletedTask;
    }
}
