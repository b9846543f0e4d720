using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Plans;

/// <summary>
/// Serves a plan's evidence file back, to whoever may read the plan (the API's route and the dashboard's). The type is
/// the sniffed one and the browser must not guess another (nosniff); photos show inline, PDFs download, and nothing in a
/// file may run (a sandboxing content security policy).
/// </summary>
public static class EvidenceFiles
{
    public static async Task<IResult> Serve(IEvidenceStore store, string planId, string evidenceId, HttpContext http)
    {
        var file = evidenceId.Length <= 64 ? await store.Find(evidenceId, http.RequestAborted) : null;
        if (file is null || file.PlanId != planId)
        {
            throw DomainRuleException.NotFound("evidence", $"{planId}/{evidenceId}");
        }

        var disposition = new ContentDispositionHeaderValue(file.ContentType.StartsWith("image/", StringComparison.Ordinal) ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        var headers = http.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        // A file is written once and never changed: the browser may keep it, but only for the signed-in user.
        headers.CacheControl = "private, max-age=86400, immutable";
        return Results.Bytes(file.Content, file.ContentType);
    }
}
