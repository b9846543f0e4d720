namespace OrleansGovernance.Api.Dashboard;

/// <summary>How people first reach the web dashboard (section "Dashboard").</summary>
public sealed class DashboardSignInOptions
{
    public const string Section = "Dashboard";

    /// <summary>
    /// Whether the host prints, once at start, a sign-in link for a local administrator. Unset, the host decides: the
    /// embedded single silo says yes, a cluster no (the link lives in one process's memory and works only there).
    /// </summary>
    public bool? OneTimeSignIn { get; set; }

    /// <summary>How long the printed link stays usable.</summary>
    public TimeSpan OneTimeSignInLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
