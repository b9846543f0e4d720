using Microsoft.Extensions.Options;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.Migrations;

namespace OrleansGovernance.Silo.Commands;

/// <summary><c>migrate</c>: applies pending scripts and exits, for a Kubernetes Job before a rollout.</summary>
internal static class MigrateCommand
{
    public static async Task<int> Run(IServiceProvider services, TextWriter output, TextWriter error)
    {
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (storage.Provider == StorageProvider.Memory)
        {
            await error.WriteLineAsync("Storage:Provider is memory: there is no schema to migrate.");
            return 1;
        }

        var runner = new MigrationRunner(storage.Provider, storage.ResolveConnectionString(services.GetRequiredService<IConfiguration>()), services.GetRequiredService<ILogger<MigrationRunner>>());
        var applied = await runner.Run();
        await output.WriteLineAsync(applied.Count == 0 ? "schema up to date" : string.Join(Environment.NewLine, applied.Select(script => $"applied {script.Name}")));
        return 0;
    }
}
