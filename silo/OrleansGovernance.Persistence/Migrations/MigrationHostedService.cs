using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansGovernance.Persistence.Database;

namespace OrleansGovernance.Persistence.Migrations;

/// <summary>Brings the database schema up to date before the silo starts (registered ahead of Orleans).</summary>
public sealed class MigrationHostedService(IOptions<StorageOptions> options, IConfiguration configuration, ILogger<MigrationRunner> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var storage = options.Value;
        if (storage.Provider != StorageProvider.Memory && storage.MigrateOnStart)
        {
            await new MigrationRunner(storage.Provider, storage.ResolveConnectionString(configuration), log).Run(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
