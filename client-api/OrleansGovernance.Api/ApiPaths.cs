using Microsoft.AspNetCore.Http;

namespace OrleansGovernance.Api;

/// <summary>The routes clients use: the native API and Open311. Health, the OpenAPI document and its browser stay outside.</summary>
public static class ApiPaths
{
    public static readonly PathString Native = "/api";

    public static readonly PathString Open311 = "/open311";

    public static bool Serves(HttpRequest request) =>
        request.Path.StartsWithSegments(Native) || request.Path.StartsWithSegments(Open311);
}
