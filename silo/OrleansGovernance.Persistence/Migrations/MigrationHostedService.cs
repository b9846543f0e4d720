using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansGovernance.Persistence.Database;

namespace OrleansGovernance.Persistence.Migrations;

/// <summary>
/// Brings the database schema up to date before the silo starts (registered ahead of Orleans, so it stops after it).
/// Memory storage's database is made here: a SQLite database in memory lives while a connection to it is open, so
/// this service holds one open for the host's life and gives it its schema, whatever MigrateOnStart says.
/// </summary>
public sealed class MigrationHostedService(IOptions<StorageOptions> options, IConfiguration configuration, ILogger<MigrationRunner> log) : IHostedService, IAsyncDisposable
{
    private SqliteConnection? _memory;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var storage = options.Value;
        if (storage.Provider == StorageProvider.Memory)
        {
            _memory = new SqliteConnection(StorageOptions.MemoryConnectionString);
            await _memory.OpenAsync(cancellationToken);
            await new MigrationRunner(StorageProvider.Sqlite, StorageOptions.MemoryConnectionString, log).Run(cancellationToken);
        }
        else if (storage.MigrateOnStart)
        {
            await new MigrationRunner(storage.Provider, storage.ResolveConnectionString(configuration), log).Run(cancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_memory is not null)
        {
            await _memory.DisposeAsync();
            _memory = null;
        }
    }
}
