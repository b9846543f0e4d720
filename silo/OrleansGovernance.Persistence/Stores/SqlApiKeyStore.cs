using System.Data.Common;
using OrleansGovernance.Persistence.Database;
using static OrleansGovernance.Persistence.Database.SqlValues;

using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Persistence.Stores;

/// <summary>
/// Keys in governance_api_keys (the *_api_keys.sql migrations): the SHA-256 of each key, its client and when it was
/// issued. Plain System.Data.Common, so the same code runs on the host's NpgsqlDataSource or SQLite data source.
/// </summary>
public sealed class SqlApiKeyStore(GovernanceDatabase database, TimeProvider clock) : IApiKeyStore
{
    public async Task<string?> Verify(string key, CancellationToken cancellationToken = default)
    {
        await using var command = database.DataSource.CreateCommand("SELECT client_name FROM governance_api_keys WHERE key_hash = @hash");
        Add(command, "hash", ApiKeySecret.Hash(key));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<string> Create(string clientName, CancellationToken cancellationToken = default)
    {
        var client = ApiKeySecret.ClientName(clientName);
        var key = ApiKeySecret.New();
        var now = clock.GetUtcNow();
        await database.Writes.Run(async () =>
        {
            await using var command = database.DataSource.CreateCommand(
                "INSERT INTO governance_api_keys (key_hash, client_name, created_at) VALUES (@hash, @client, @created)");
            Add(command, "hash", ApiKeySecret.Hash(key));
            Add(command, "client", client);
            Add(command, "created", Time(database.Dialect, now));
            await command.ExecuteNonQueryAsync(cancellationToken);
        });
        return key;
    }
}
