namespace OrleansGovernance.Api.Host;

/// <summary>The cluster's PostgreSQL database, named by the same settings the silo reads (see the silo's StorageOptions).</summary>
internal static class GovernanceDatabase
{
    public static string ConnectionString(IConfiguration configuration) =>
        configuration["Storage:ConnectionString"] ?? configuration.GetConnectionString("Governance")
        ?? throw new InvalidOperationException("Set ConnectionStrings:Governance (env ConnectionStrings__Governance) or Storage:ConnectionString to the cluster's PostgreSQL database.");
}
