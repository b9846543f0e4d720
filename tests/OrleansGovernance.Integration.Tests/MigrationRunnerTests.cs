using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrleansGovernance.Silo.Storage;

namespace OrleansGovernance.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class MigrationRunnerTests(PostgresFixture postgres) : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("og-migrate-");

    public static TheoryData<StorageProvider> Providers => [StorageProvider.Postgres, StorageProvider.Sqlite];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Runners_starting_at_the_same_moment_apply_each_script_exactly_once(StorageProvider provider)
    {
        var connectionString = await NewDatabase(provider);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Runner(provider, connectionString).Run())));

        var scripts = SqlScript.For(provider);
        Assert.Equal(scripts.Select(s => s.Name), runs.SelectMany(applied => applied).Select(s => s.Name).Order());
        Assert.Equal(scripts.Count, await Scalar(provider, connectionString, "SELECT count(*) FROM governance_schema_migrations"));
        Assert.Equal(0L, await Scalar(provider, connectionString, "SELECT count(*) FROM orleans_grain_state"));
        Assert.Empty(await Runner(provider, connectionString).Run());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_failing_script_is_named_with_its_statement_and_leaves_nothing_of_itself_behind(StorageProvider provider)
    {
        var connectionString = await NewDatabase(provider);
        SqlScript[] scripts =
        [
            new(1, "0001_good.sql", "CREATE TABLE good_table (id integer);"),
            new(2, "0002_broken.sql", "CREATE TABLE half_table (id integer);\n\nINSERT INTO no_such_table VALUES (1);"),
        ];

        var failure = await Assert.ThrowsAsync<MigrationException>(() => Runner(provider, connectionString, scripts).Run());

        Assert.Contains("0002_broken.sql", failure.Message);
        Assert.Contains("statement 2 of 2 (line 3)", failure.Message);
        Assert.Contains("no_such_table", failure.Message);
        await Assert.ThrowsAnyAsync<DbException>(() => Scalar(provider, connectionString, "SELECT count(*) FROM half_table"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_script_edited_after_it_was_applied_is_refused(StorageProvider provider)
    {
        var connectionString = await NewDatabase(provider);
        await Runner(provider, connectionString, [new(1, "0001_table.sql", "CREATE TABLE t (id integer);")]).Run();

        var failure = await Assert.ThrowsAsync<MigrationException>(() =>
            Runner(provider, connectionString, [new(1, "0001_table.sql", "CREATE TABLE t (id bigint);")]).Run());

        Assert.Contains("0001_table.sql was changed after it was applied", failure.Message);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    private static MigrationRunner Runner(StorageProvider provider, string connectionString, IReadOnlyList<SqlScript>? scripts = null) =>
        new(provider, connectionString, NullLogger.Instance, scripts);

    private async Task<string> NewDatabase(StorageProvider provider) => provider == StorageProvider.Postgres
        ? await postgres.CreateDatabase()
        : StorageOptions.SqliteConnectionString(Path.Combine(_data.FullName, $"{Guid.NewGuid():N}.db"));

    private static async Task<long> Scalar(StorageProvider provider, string connectionString, string sql)
    {
        await using DbConnection connection = provider == StorageProvider.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
