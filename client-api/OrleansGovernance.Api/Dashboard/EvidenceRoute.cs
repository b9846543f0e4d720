using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Api.Plans;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// The dashboard's way to a plan's evidence (thumbnails and PDF links in a milestone's history): the same file the API
/// serves, for the signed-in cookie instead of a bearer token, to anyone signed in (everyone may read a plan).
/// </summary>
public static class EvidenceRoute
{
    public static string Of(string planId, string evidenceId) =>
        $"{ApiPaths.DashboardEvidence}/{Uri.EscapeDataString(planId)}/{Uri.EscapeDataString(evidenceId)}";

    public static void MapEvidenceRoute(this WebApplication app) =>
        app.MapGet($"{ApiPaths.DashboardEvidence}/{{planId}}/{{evidenceId}}", (string planId, string evidenceId, IEvidenceStore store, HttpContext http) =>
            EvidenceFiles.Serve(store, planId, evidenceId, http))
            .RequireAuthorization(DashboardHosting.Policy)
            .ExcludeFromDescription();
}
