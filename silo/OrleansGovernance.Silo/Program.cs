using OrleansGovernance.Api;
using OrleansGovernance.Api.Dashboard;
using OrleansGovernance.Api.Health;
using OrleansGovernance.Api.Observability;
using OrleansGovernance.Silo;
using OrleansGovernance.Silo.Commands;

var builder = WebApplication.CreateBuilder(args);
var isCommand = HostCommands.Matches(args);
if (isCommand)
{
    HostCommands.LogToStandardError(builder.Logging);
}

var commandNeedsSilo = isCommand && HostCommands.NeedsSilo(args, builder.Configuration);

builder.AddGovernanceSilo();
builder.Services.AddGovernanceHealth();
builder.Services.AddGovernanceMetrics();

// In a cluster only some silos need to face clients (Api:Enabled=false on the others). Those that do not register no
// authentication at all: ASP.NET Core would otherwise run it on every request, probes included, and a silo without a
// signing key would fail them. The commands use the API's services whatever the setting.
var servesApi = builder.Configuration.GetValue("Api:Enabled", true);
if (servesApi || isCommand)
{
    builder.Services.AddGovernanceApi();
    builder.AddGovernanceDashboard();
    builder.Services.PostConfigure<DashboardSignInOptions>(options => FirstRunSignIn.Apply(options, builder.Configuration, isCommand));
    builder.Services.AddClusterDashboardAccess();
}

var app = builder.Build();

if (commandNeedsSilo)
{
    try
    {
        await app.StartAsync();
    }
    catch (Exception notStarted)
    {
        await Console.Error.WriteLineAsync($"The silo this command needs did not start ({notStarted.GetType().Name}: {notStarted.Message}). " +
            "With the embedded SQLite storage the platform must be stopped first (it holds the silo's ports and the database), " +
            "or send the file to POST /api/v1/imports/places; on PostgreSQL give this silo free ports (Orleans__SiloPort, Orleans__GatewayPort).");
        return 1;
    }

    var exit = await HostCommands.Run(app.Services, args, Console.Out, Console.Error);
    await app.StopAsync();
    return exit;
}

if (isCommand)
{
    return await HostCommands.Run(app.Services, args, Console.Out, Console.Error);
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
