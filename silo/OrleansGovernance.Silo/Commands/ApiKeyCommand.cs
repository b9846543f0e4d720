using Microsoft.Extensions.Options;
using OrleansGovernance.Api.ApiKeys;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Domain;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.Migrations;

namespace OrleansGovernance.Silo.Commands;

/// <summary>
/// <c>api-key create --name &lt;client&gt;</c>: issues a key for an integration (an Open311 client) and prints it once;
/// only its hash is stored, so a lost key is replaced, never recovered.
/// </summary>
public static class ApiKeyCommand
{
    public const string Usage = "usage: api-key create --name <client>";

    /// <summary>Runs the command and returns the process exit code.</summary>
    public static async Task<int> Run(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args is not ["api-key", "create", ..] || ClientName(args) is not { } client)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (storage.Provider == StorageProvider.Memory)
        {
            await error.WriteLineAsync("Storage:Provider is memory: a key would vanish with this process. Use sqlite or postgres.");
            return 1;
        }

        // The command may run before any silo has started on this database, so the table may not exist yet.
        if (storage.MigrateOnStart)
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            await new MigrationRunner(storage.Provider, storage.ResolveConnectionString(configuration), services.GetRequiredService<ILogger<MigrationRunner>>()).Run();
        }

        try
        {
            var key = await services.GetRequiredService<IApiKeyStore>().Create(client);
            await output.WriteLineAsync(key);
            return 0;
        }
        catch (DomainRuleException refused)
        {
            await error.WriteLineAsync(refused.Message);
            return 2;
        }
    }

    private static string? ClientName(IReadOnlyList<string> args)
    {
        for (var i = 2; i < args.Count; i++)
        {
            if (args[i] == "--name" && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--name=", StringComparison.Ordinal))
            {
                return args[i]["--name=".Length..];
            }
        }

        return null;
    }
}
