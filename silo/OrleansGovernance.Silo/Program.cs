using Microsoft.Extensions.Options;
using OrleansGovernance.Api;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Dashboard;
using OrleansGovernance.Api.Health;
using OrleansGovernance.Api.Observability;
using OrleansGovernance.Silo;
using OrleansGovernance.Silo.Commands;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.Migrations;

var builder = WebApplication.CreateBuilder(args);
builder.AddGovernanceSilo();
builder.Services.AddGovernanceHealth();
builder.Services.AddGovernanceMetrics();

// In a cluster only some silos need to face clients (Api:Enabled=false on the others). Those that do not register no
// authentication at all: ASP.NET Core would otherwise run it on every request, probes included, and a silo without a
// signing key would fail them. The token and api-key commands use the API's services whatever the setting.
var servesApi = builder.Configuration.GetValue("Api:Enabled", true);
if (servesApi || args is ["token", ..] || ApiKeyCommand.Matches(args))
{
    builder.Services.AddGovernanceApi();
    builder.AddGovernanceDashboard();
    builder.Services.AddClusterDashboardAccess();
}

var app = builder.Build();

if (args is ["migrate", ..])
{
    // Applies pending scripts and exits: for a Kubernetes Job before a rollout.
    var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
    await new MigrationRunner(storage.Provider, storage.ResolveConnectionString(app.Configuration), app.Services.GetRequiredService<ILogger<MigrationRunner>>()).Run();
    return 0;
}

if (args is ["token", .. var tokenArgs])
{
    return TokenCommand.Run(tokenArgs, app.Services.GetRequiredService<AccessTokens>(), Console.Out, Console.Error);
}

if (ApiKeyCommand.Matches(args))
{
    // Issues a key for an Open311 client and prints it once; see ApiKeyCommand.
    return await ApiKeyCommand.Run(app.Services, args, Console.Out, Console.Error);
}

app.MapGovernanceHealth();

if (servesApi)
{
    app.MapGovernanceApi();
    app.MapGovernanceDashboard();
    app.MapClusterDashboard();
}

app.MapGovernanceMetrics(servesApi);

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the tests that host the platform in-process.</summary>
public partial class Program;
