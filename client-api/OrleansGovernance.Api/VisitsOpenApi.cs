using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OrleansGovernance.Api;

/// <summary>Worked examples of the door-visit routes' bodies in the OpenAPI document: a household and a visit as staff send them.</summary>
internal static class VisitsOpenApi
{
    private const string Households = "api/v1/communities/{id}/households";
    private const string Visits = "api/v1/communities/{id}/visits";

    public static Task Transform(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var example = (context.Description.HttpMethod, context.Description.RelativePath) switch
        {
            ("POST", Households) => JsonNode.Parse("""{ "reference": "fz-h-013", "compoundId": "xiamen.jimei.xinglin.fangzhi.hualing-garden", "inDifficulty": true, "cadenceDays": 14 }"""),
            ("POST", Visits) => JsonNode.Parse("""
                { "householdReference": "fz-h-013", "kind": "inDifficulty", "findings": "Lives alone; a grab rail is needed in the bathroom.",
                  "fileRequest": { "category": "elderlyCare" } }
                """),
            _ => null,
        };
        if (example is not null && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
        {
            json.Example = example;
        }

        return Task.CompletedTask;
    }
}
