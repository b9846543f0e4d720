using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.Migrations;

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

    [Fact]
    public void Both_dialects_give_the_same_change_the_same_number_and_name()
    {
        var postgres = SqlScript.For(StorageProvider.Postgres).ToDictionary(script => SqlScript.Change(script.Name), script => script.Name);
        var sqlite = SqlScript.For(StorageProvider.Sqlite).ToDictionary(script => SqlScript.Change(script.Name), script => script.Name);

        Assert.All(sqlite, change => Assert.Equal(postgres.GetValueOrDefault(change.Key), change.Value));
        Assert.Equal(
            postgres.Values.Concat(sqlite.Values).Distinct().Count(),
            postgres.Values.Concat(sqlite.Values).Select(name => name[..4]).Distinct().Count());
    }

    [Fact]
    public async Task A_sqlite_database_numbered_before_the_dialects_matched_takes_the_shared_numbers_and_applies_nothing_twice()
    {
        var connectionString = await NewDatabase(StorageProvider.Sqlite);
        var current = SqlScript.For(StorageProvider.Sqlite);
        var numberedBefore = current.Select((script, i) => new SqlScript(i + 1, $"{i + 1:D4}_{SqlScript.Change(script.Name)}", script.Text)).ToList();
        Assert.NotEqual(current.Select(script => script.Version), numberedBefore.Select(script => script.Version));
        await Runner(StorageProvider.Sqlite, connectionString, numberedBefore).Run();

        Assert.Empty(await Runner(StorageProvider.Sqlite, connectionString).Run());
        Assert.Equal(current.Sum(script => (long)script.Version), await Scalar(StorageProvider.Sqlite, connectionString, "SELECT sum(version) FROM governance_schema_migrations"));
        Assert.Equal(current.Count, await Scalar(StorageProvider.Sqlite, connectionString, "SELECT count(*) FROM governance_schema_migrations"));
        Assert.Empty(await Runner(StorageProvider.Sqlite, connectionString).Run());
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
