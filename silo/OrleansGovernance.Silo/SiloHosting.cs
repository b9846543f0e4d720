using System.Net;
using Orleans.Configuration;
using Orleans.Dashboard;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.Migrations;
using OrleansGovernance.Grains;
using OrleansGovernance.Grains.Notices;
using OrleansGovernance.Grains.Webhooks;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Silo.Seeding;

namespace OrleansGovernance.Silo;

/// <summary>How the silo is configured: clustering, storage, the service-level policy and seeding.</summary>
public static class SiloHosting
{
    public static WebApplicationBuilder AddGovernanceSilo(this WebApplicationBuilder builder)
    {
        var endpoint = builder.Configuration.GetSection(SiloEndpointOptions.Section).Get<SiloEndpointOptions>() ?? new SiloEndpointOptions();
        var storageSection = builder.Configuration.GetSection(StorageOptions.Section);
        var storage = storageSection.Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.Configure<StorageOptions>(storageSection);
        builder.Services.PostConfigure<AccessOptions>(access => SigningKeyDefaults.Apply(access, storage));

        // Registered before Orleans so the schema is current when the ADO.NET providers read their queries.
        builder.Services.AddHostedService<MigrationHostedService>();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = endpoint.ClusterId;
                cluster.ServiceId = endpoint.ServiceId;
            });
            if (storage.Provider == StorageProvider.Postgres)
            {
                silo.ConfigureEndpoints(IPAddress.Parse(endpoint.AdvertisedIP), endpoint.SiloPort, endpoint.GatewayPort);
            }
            else
            {
                // One node needs no membership table.
                silo.UseLocalhostClustering(endpoint.SiloPort, endpoint.GatewayPort, serviceId: endpoint.ServiceId, clusterId: endpoint.ClusterId);
            }

            silo.AddGovernanceStorage(storage, storage.ResolveConnectionString(builder.Configuration));
            silo.AddGovernanceChannels();

            // Collects what the Orleans Dashboard shows; mapped (admins only) where the API is served.
            silo.AddDashboard();
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, ClusterMetrics>();

            // Failure detection and call timeouts sized so that a killed silo's grains answer again elsewhere
            // well within 30 seconds, and an HTTP request never hangs for Orleans' default 30-second timeout. A silo
            // cut off from its peers but not from the database learns that it was declared dead only by reading the
            // table, so it reads it every 10 s (Orleans' default is a minute) and stops within seconds of the verdict.
            silo.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Orleans:Membership"));
            silo.Configure<SiloMessagingOptions>(builder.Configuration.GetSection("Orleans:Messaging"));
        });
        var serviceLevels = builder.Configuration.GetSection(ServiceLevelOptions.Section).Get<ServiceLevelOptions>() ?? new ServiceLevelOptions();
        builder.Services.AddGovernanceGrains(serviceLevels.ToPolicy());
        builder.Services.Configure<FiguresOptions>(builder.Configuration.GetSection(FiguresOptions.Section));
        builder.Services.Configure<CouncilOptions>(builder.Configuration.GetSection(CouncilOptions.Section));
        builder.Services.Configure<NoticeOptions>(builder.Configuration.GetSection(NoticeOptions.Section));
        builder.Services.Configure<WebhookOptions>(builder.Configuration.GetSection(WebhookOptions.Section));
        builder.Services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.Section));
        builder.Services.AddHostedService<XinglinSeeder>();
        return builder;
    }
}
