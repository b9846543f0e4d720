using System.Net;
using Microsoft.Data.Sqlite;

namespace OrleansGovernance.Integration.Tests;

/// <summary>The embedded default (SQLite file, one silo) keeps what it acknowledged through a crash.</summary>
public sealed class EmbeddedDefaultTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("og-sqlite-");

    private string Database => Path.Combine(_data.FullName, "governance.db");

    [Fact]
    public async Task State_written_before_a_kill_is_there_after_a_restart_and_seeding_adds_nothing()
    {
        var settings = new SiloSettings("sqlite", Database, "embedded");
        string ticketId;
        int submittedBefore;
        await using (var silo = SiloProcess.Start(settings))
        {
            await silo.WaitUntilServing(TimeSpan.FromMinutes(2));
            using var api = new Api(silo.BaseAddress);
            var seeded = await Submitted(api);
            var created = await api.FileTicket(Api.Hualing, "Water dripping from balcony above");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ticketId = await api.Id(created);
            Assert.Equal(HttpStatusCode.OK, (await api.Acknowledge(ticketId)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await api.Tick(Api.HualingPlan, "security-system", "re-inspection failed before the crash", undo: true)).StatusCode);
            submittedBefore = await Eventually.Until(() => Submitted(api), n => n == seeded + 1);
            Assert.Equal(seeded + 1, submittedBefore);

            silo.Kill();
        }

        await using (var silo = SiloProcess.Start(settings))
        {
            await silo.WaitUntilServing(TimeSpan.FromMinutes(2));
            using var api = new Api(silo.BaseAddress);

            Assert.Equal("acknowledged", (await api.Json($"/api/v1/tickets/{ticketId}")).GetProperty("status").GetString());
            var plan = await api.Json($"/api/v1/plans/{Api.HualingPlan}");
            var security = plan.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "security-system");
            // The seeded milestone was inspected; the untick took it one step back, to done (awaiting re-inspection).
            Assert.Equal("done", security.GetProperty("state").GetString());
            Assert.Equal("re-inspection failed before the crash", security.GetProperty("history").EnumerateArray().Last().GetProperty("note").GetString());
            Assert.Equal(submittedBefore, await Submitted(api));
        }
    }

    private static async Task<int> Submitted(Api api) =>
        (await api.Json("/api/v1/regions/xiamen/summary")).GetProperty("requests").GetProperty("submitted").GetInt32();

    [Fact]
    public async Task A_token_from_the_token_command_is_accepted_by_the_silo_without_any_key_configured()
    {
        var settings = new SiloSettings("sqlite", Database, "tokens") { SigningKey = null, Seed = false };
        await using var silo = SiloProcess.Start(settings);
        await silo.WaitUntilServing(TimeSpan.FromMinutes(2));

        var token = (await SiloProcess.Command(settings, "token", "--role", "viewer")).Trim();

        using var viewer = new Api(silo.BaseAddress, token);
        using var forged = new Api(silo.BaseAddress, TestTokens.For("viewer"));
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.Get("/api/v1/regions/xiamen")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.Get("/api/v1/regions/xiamen")).StatusCode);
        Assert.True(File.Exists(Path.Combine(_data.FullName, "signing-key")));
    }

    [Fact]
    public async Task The_host_commands_print_only_their_result_on_standard_output()
    {
        var settings = new SiloSettings("sqlite", Database, "commands") { Seed = false };

        var migrated = (await SiloProcess.Command(settings, "migrate")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var key = (await SiloProcess.Command(settings, "api-key", "create", "--name", "fixmystreet-xiamen")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var upToDate = await SiloProcess.Command(settings, "migrate");

        Assert.NotEmpty(migrated);
        Assert.All(migrated, line => Assert.Matches(@"^applied \d{4}_\w+\.sql$", line));
        Assert.Matches("^og311_[A-Za-z0-9_-]{43}$", Assert.Single(key));
        Assert.Equal("schema up to date", upToDate.Trim());
    }

    [Fact]
    public async Task Grain_state_is_stored_as_json_a_person_can_read()
    {
        await using (var silo = SiloProcess.Start(new SiloSettings("sqlite", Database, "readable")))
        {
            await silo.WaitUntilServing(TimeSpan.FromMinutes(2));
        }

        await using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json_extract(payload, '$.profile.nameZh') FROM orleans_grain_state WHERE state_name = 'compound' AND grain_id_extension = $id";
        command.Parameters.AddWithValue("$id", Api.Hualing);

        Assert.Equal("华铃花园", await command.ExecuteScalarAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }
}
