using Npgsql;
using Orleans.Configuration;
using Orleans.Dashboard;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Api.Health;

namespace OrleansGovernance.Api.Host;

/// <summary>How the standalone API joins the cluster: an Orleans client finding gateways in the PostgreSQL membership table.</summary>
public static class ClientHosting
{
    private const string PostgresInvariant = "Npgsql";

    public static WebApplicationBuilder AddGovernanceClient(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;

        // One pool for the whole process (the gateway list, the audit trail, idempotency, API and Data Protection keys),
        // in the cluster's database as on a silo: every API pod sees the same tables, and none of them is lost with a pod.
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        storage.Provider = StorageProvider.Postgres;
        builder.Services.AddGovernanceDatabase(StorageProvider.Postgres, storage.ResolveConnectionString(configuration));

        // Kestrel starts beside the client instead of after it, so /healthz and the 503s answer while the client connects.
        builder.Services.Configure<HostOptions>(host => host.ServicesStartConcurrently = true);

        builder.Services.AddSingleton<GatewayConnections>();
        builder.UseOrleansClient(client =>
        {
            // Orleans:ClusterId and Orleans:ServiceId, the silo's own settings.
            client.Services.Configure<ClusterOptions>(configuration.GetSection("Orleans"));
            client.UseAdoNetClustering(options => options.Configure<NpgsqlDataSource>((clustering, database) =>
            {
                clustering.Invariant = PostgresInvariant;
                clustering.DataSource = database;
            }));
            client.UseConnectionRetryFilter<ConnectionRetry>();
            client.AddDashboard();
            client.Services.AddSingleton<IClusterConnectionStatusObserver>(services => services.GetRequiredService<GatewayConnections>());

            // A call on a dead silo fails within the response timeout, and a new silo is found within the refresh period.
            client.Services.Configure<ClientMessagingOptions>(configuration.GetSection("Orleans:Messaging"));
            client.Services.Configure<GatewayOptions>(configuration.GetSection("Orleans:Gateway"));
        });
        builder.Services.AddGovernanceHealth().AddCheck<GatewayConnections>("gateways");
        return builder;
    }
}
