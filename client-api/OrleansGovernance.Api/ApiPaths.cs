using Microsoft.AspNetCore.Http;

namespace OrleansGovernance.Api;

/// <summary>The routes clients use: the native API and Open311. Health, the OpenAPI document and its browser stay outside.</summary>
public static class ApiPaths
{
    public static readonly PathString Native = "/api";

    public static readonly PathString Open311 = "/open311";

    public static readonly PathString OpenApi = "/openapi";

    /// <summary>The dashboard's way to a plan's evidence files (Dashboard.EvidenceRoute), for the signed-in cookie.</summary>
    public static readonly PathString DashboardEvidence = "/evidence";

    /// <summary>The import endpoints, whose bodies are files and so may be larger than other requests' (ApiLimits.MaxImportBytes).</summary>
    public static readonly PathString Imports = "/api/v1/imports";

    /// <summary>
    /// An upload of a milestone's evidence (POST /api/v1/plans/{id}/milestones/{milestoneId}/evidence), whose body is a
    /// photo or document and so may be larger than other requests' (ApiLimits.MaxEvidenceBytes).
    /// </summary>
    public static bool UploadsEvidence(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.StartsWithSegments(Plans, out var rest)
        && rest.Value?.Split('/') is ["", _, "milestones", _, "evidence"];

    public static readonly PathString Plans = "/api/v1/plans";

    public static bool Serves(HttpRequest request) =>
        request.Path.StartsWithSegments(Native) || request.Path.StartsWithSegments(Open311);

    /// <summary>
    /// What the per-client rate limit covers: the API, the OpenAPI document, which is large and costly to write, and the
    /// dashboard's evidence files, each megabytes read from the database.
    /// </summary>
    public static bool Limited(HttpRequest request) =>
        Serves(request) || request.Path.StartsWithSegments(OpenApi) || request.Path.StartsWithSegments(DashboardEvidence);
}
