using Microsoft.Extensions.Options;
using OrleansGovernance.Api;
using OrleansGovernance.Api.Health;
using OrleansGovernance.Silo;
using OrleansGovernance.Silo.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddGovernanceSilo();
builder.Services.AddGovernanceApi();
builder.Services.AddGovernanceHealth();
var app = builder.Build();

if (args is ["migrate", ..])
{
    // Applies pending scripts and exits: for a Kubernetes Job before a rollout.
    var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
    await new MigrationRunner(storage.Provider, storage.ResolveConnectionString(app.Configuration), app.Services.GetRequiredService<ILogger<MigrationRunner>>()).Run();
    return;
}

app.MapGovernanceHealth();

// In a cluster only some silos need to face clients (Api:Enabled=false on the others).
if (app.Configuration.GetValue("Api:Enabled", true))
{
    app.MapGovernanceApi();
}

await app.RunAsync();

/// <summary>Entry point, visible to the tests that host the platform in-process.</summary>
public partial class Program;
