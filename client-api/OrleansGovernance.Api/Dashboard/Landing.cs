using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>Where each role starts after signing in: the page its holder came for.</summary>
public static class Landing
{
    public static string For(Caller caller) => caller.Role switch
    {
        Roles.PlanOwner => "/my-plans",

        // Grid workers and community staff work the request desk first; the overview is one click away.
        Roles.Staff => "/desk",
        _ => "/",
    };

    /// <summary><paramref name="returnUrl"/> when it is a path on this site, else the role's landing page.</summary>
    public static string After(Caller caller, string? returnUrl) => DashboardCulture.IsLocal(returnUrl) ? returnUrl : For(caller);
}
