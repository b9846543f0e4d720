using System.Data.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrleansGovernance.Api.DataProtection;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Persistence.Stores;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.Migrations;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// Data Protection keys in the platform's database: what one host protects (the dashboard's sign-in cookie, its
/// antiforgery tokens) another host over the same database unprotects, as API pods behind one Service must.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SharedDataProtectionTests(PostgresFixture postgres) : IDisposable
{
    private const string Purpose = "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("og-keys-");

    public static TheoryData<StorageProvider> Providers => [StorageProvider.Postgres, StorageProvider.Sqlite];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_hosts_over_one_database_read_each_others_protected_payloads(StorageProvider provider)
    {
        var connectionString = provider == StorageProvider.Postgres
            ? await postgres.CreateDatabase()
            : StorageOptions.SqliteConnectionString(Path.Combine(_data.FullName, "governance.db"));
        await new MigrationRunner(provider, connectionString, NullLogger.Instance).Run();
        await using var first = Host(provider, connectionString);
        var fromFirst = Protector(first).Protect("signed in on pod 1");

        // The second host starts after the first made the key, as a new pod does, and reads it from the database.
        await using var second = Host(provider, connectionString);
        var fromSecond = Protector(second).Protect("signed in on pod 2");

        Assert.Equal("signed in on pod 1", Protector(second).Unprotect(fromFirst));
        Assert.Equal("signed in on pod 2", Protector(first).Unprotect(fromSecond));
        Assert.Equal(1, await KeysStored(provider, connectionString));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    private static ServiceProvider Host(StorageProvider provider, string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddGovernanceDatabase(provider, connectionString);
        services.AddSharedDataProtection();
        return services.BuildServiceProvider();
    }

    private static IDataProtector Protector(IServiceProvider host) =>
        host.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    private static GovernanceDatabase Database(StorageProvider provider, string connectionString)
    {
        DbDataSource source = provider == StorageProvider.Postgres
            ? NpgsqlDataSource.Create(connectionString)
            : SqliteFactory.Instance.CreateDataSource(connectionString);
        return new GovernanceDatabase(source, provider == StorageProvider.Postgres ? SqlDialect.Postgres : SqlDialect.Sqlite);
    }

    private static async Task<long> KeysStored(StorageProvider provider, string connectionString)
    {
        await using var database = Database(provider, connectionString);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM governance_data_protection_keys";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
