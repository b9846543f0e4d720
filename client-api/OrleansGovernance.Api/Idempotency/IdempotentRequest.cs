using Microsoft.AspNetCore.Http;

namespace OrleansGovernance.Api.Idempotency;

/// <summary>What the idempotency filter tells the endpoint behind it.</summary>
public static class IdempotentRequest
{
    private static readonly object ResourceIdKey = new();

    /// <summary>
    /// The id to give what this request creates, when it carries an Idempotency-Key: the same for every retry, so a
    /// retry after a crash between creating and answering meets the first attempt's resource instead of making another.
    /// </summary>
    public static string? ResourceId(HttpContext http) => http.Items.TryGetValue(ResourceIdKey, out var id) ? id as string : null;

    internal static void Assign(HttpContext http, string resourceId) => http.Items[ResourceIdKey] = resourceId;
}
