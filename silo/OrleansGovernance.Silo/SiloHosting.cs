using OrleansGovernance.Abstractions;
using OrleansGovernance.Grains;
using OrleansGovernance.Silo.Seeding;

namespace OrleansGovernance.Silo;

/// <summary>How the silo is configured: clustering, storage, the service-level policy and seeding.</summary>
public static class SiloHosting
{
    public static WebApplicationBuilder AddGovernanceSilo(this WebApplicationBuilder builder)
    {
        var orleans = builder.Configuration.GetSection("Orleans");
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(
                siloPort: orleans.GetValue("SiloPort", 11111),
                gatewayPort: orleans.GetValue("GatewayPort", 30000));
            silo.AddMemoryGrainStorage(GovernanceStorage.ProviderName);
        });
        builder.Services.AddGovernanceGrains();
        builder.Services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.Section));
        builder.Services.AddHostedService<XinglinSeeder>();
        return builder;
    }
}
