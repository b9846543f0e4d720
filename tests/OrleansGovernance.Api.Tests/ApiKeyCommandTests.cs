using OrleansGovernance.Silo.Commands;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Api.ApiKeys;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Persistence.Stores;
using OrleansGovernance.Silo;

namespace OrleansGovernance.Api.Tests;

/// <summary>The host's <c>api-key create</c> command against the platform's own SQLite file.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ApiKeyCommandTests(PlatformFixture platform)
{
    [Fact]
    public async Task Create_prints_a_key_once_and_stores_only_its_sha256()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await ApiKeyCommand.Run(platform.Services, ["api-key", "create", "--name", "fixmystreet-xiamen"], output, error);

        Assert.Equal((0, ""), (exit, error.ToString()));
        var key = output.ToString().Trim();
        Assert.StartsWith("og311_", key, StringComparison.Ordinal);
        var rows = await Rows();
        var row = Assert.Single(rows, r => r.Client == "fixmystreet-xiamen");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), row.Hash);
        Assert.DoesNotContain(rows, r => r.Hash.Contains(key, StringComparison.Ordinal) || r.Client.Contains(key, StringComparison.Ordinal));
        Assert.Equal("fixmystreet-xiamen", await platform.Services.GetRequiredService<IApiKeyStore>().Verify(key));
    }

    [Theory]
    [InlineData("api-key", "create")]
    [InlineData("api-key", "revoke", "--name", "x")]
    [InlineData("api-key", "create", "--name", " ")]
    public async Task Without_a_client_name_it_prints_usage_and_creates_nothing(params string[] args)
    {
        var before = (await Rows()).Count;
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await ApiKeyCommand.Run(platform.Services, args, output, error);

        Assert.Equal((2, ""), (exit, output.ToString()));
        Assert.NotEmpty(error.ToString());
        Assert.Equal(before, (await Rows()).Count);
    }

    private async Task<List<(string Hash, string Client)>> Rows()
    {
        await using var connection = new SqliteConnection($"Data Source={platform.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key_hash, client_name FROM governance_api_keys";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }
}
