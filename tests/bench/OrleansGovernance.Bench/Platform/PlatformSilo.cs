using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Api;
using OrleansGovernance.Api.Health;
using OrleansGovernance.Api.Observability;
using OrleansGovernance.Silo;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Platform;

/// <summary>
/// The silo host composed as the shipped one is (silo/OrleansGovernance.Silo/Program.cs: the silo, health, metrics,
/// the API; configured by the same environment and the silo's own appsettings.json), run as a process of its own from
/// this benchmark's executable so that a benchmark can switch features off (<see cref="SiloFeatures"/>) and read the
/// process's garbage-collection pauses (GET <see cref="GcPausesPath"/>). It leaves out the dashboard, whose static
/// assets only the shipped host's build carries; an API request meets the dashboard's middleware only as a path check
/// and an antiforgery check of endpoints that ask for none. The intake benchmark measures the shipped host beside it.
/// Run as <c>OrleansGovernance.Bench platform-silo [features]</c>, features being a <see cref="SiloFeatures"/> number.
/// </summary>
public static class PlatformSilo
{
    public const string Command = "platform-silo";

    public const string GcPausesPath = "/bench/gc-pauses";

    public static async Task Run(SiloFeatures features)
    {
        var silo = Path.GetDirectoryName(ServiceProcess.BuiltAssembly("silo/OrleansGovernance.Silo"))!;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = silo });
        builder.AddGovernanceSilo();
        builder.Services.AddGovernanceHealth();
        builder.Services.AddGovernanceMetrics();
        builder.Services.AddGovernanceApi();
        builder.Services.AddClusterDashboardAccess();
        if (features.HasFlag(SiloFeatures.WithoutAudit))
        {
            builder.Services.Replace(ServiceDescriptor.Singleton<IAuditTrail, UnrecordedAuditTrail>());
        }

        if (features.HasFlag(SiloFeatures.WithoutTokenValidation))
        {
            builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, CachedTokenAuthentication>(CachedTokenAuthentication.Name, null);
            builder.Services.PostConfigure<AuthenticationOptions>(options => options.DefaultAuthenticateScheme = CachedTokenAuthentication.Name);
        }

        using var pauses = new GcPauseListener();
        var app = builder.Build();
        app.MapGovernanceHealth();
        app.MapGovernanceApi();
        app.MapClusterDashboard();
        app.MapGovernanceMetrics(servesApi: true);
        app.MapGet(GcPausesPath, () =>
        {
            var (list, total) = pauses.Drain();
            return new GcPauseReading(list, total);
        });
        await app.RunAsync();
    }
}
