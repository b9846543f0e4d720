using OrleansGovernance.Api.Dashboard;
using OrleansGovernance.Persistence.Database;

namespace OrleansGovernance.Silo;

/// <summary>
/// Whether this host prints the dashboard's one-time sign-in link at start, when nobody said (Dashboard:OneTimeSignIn).
/// The embedded default does: one silo on a SQLite file, started by someone at this machine's console. A cluster on
/// PostgreSQL does not: the link lives in the memory of the process that printed it, so it would work on one silo
/// behind a load balancer, and a pod's console is read by whoever reads the cluster's logs. A command prints none.
/// </summary>
internal static class FirstRunSignIn
{
    public static void Apply(DashboardSignInOptions options, IConfiguration configuration, bool isCommand)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        options.OneTimeSignIn = !isCommand && (options.OneTimeSignIn ?? storage.Provider == StorageProvider.Sqlite);
    }
}
