using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Dashboard;

namespace OrleansGovernance.E2E.Tests;

/// <summary>
/// The platform as the README's run command starts it (one silo, SQLite, Xinglin seeded, API and dashboard
/// co-hosted), in-process but served by Kestrel on a free loopback port, because a browser needs a real socket.
/// </summary>
public sealed class DashboardHost : WebApplicationFactory<Program>
{
    /// <summary>
    /// The seeded history ends eleven days before today, whatever today is: the overview's periods (this year, last
    /// year) count from the clock, so a history fixed in time would leave "this year" empty every January.
    /// </summary>
    public static readonly string SeedUntil = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddDays(-11).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("og-e2e-");
    private readonly int _port = FreePorts.Next();

    public DashboardHost()
    {
        UseKestrel(_port);
        StartServer();
    }

    /// <summary>What the host printed for people at its console: the first-run sign-in link.</summary>
    public ConsoleLines Console { get; } = new();

    /// <summary>The host's warnings and errors.</summary>
    public ServerLog Log { get; } = new();

    public Uri BaseAddress => new($"http://127.0.0.1:{_port.ToString(CultureInfo.InvariantCulture)}/");

    public string Token(string role, string subject, params string[] scopes) =>
        Services.GetRequiredService<AccessTokens>().Issue(role, scopes, subject);

    /// <summary>An API client over the same socket the browser uses, acting as <paramref name="role"/>.</summary>
    public HttpClient Api(string role, string subject, params string[] scopes)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(role, subject, scopes));
        return http;
    }

    /// <summary>The audit trail about <paramref name="subjectId"/>, oldest first, as "actor action status" lines.</summary>
    public async Task<IReadOnlyList<string>> AuditOf(string subjectId)
    {
        using var admin = Api(Roles.Admin, "auditor");
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subject={Uri.EscapeDataString(subjectId)}");
        return [.. page.GetProperty("items").EnumerateArray().Reverse()
            .Select(e => $"{e.GetProperty("actor").GetString()} {e.GetProperty("action").GetString()} {e.GetProperty("status").GetInt32().ToString(CultureInfo.InvariantCulture)}")];
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Delete(recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_data.FullName, "governance.db"));
        builder.UseSetting("Orleans:SiloPort", FreePorts.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePorts.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Seed:Until", SeedUntil);
        builder.UseSetting("Seed:TicketsPerCompoundPerMonth", "0.5");
        builder.UseSetting("Auth:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.ConfigureServices(services =>
        {
            services.AddKeyedSingleton<TextWriter>(OneTimeSignIn.ConsoleKey, Console);
            services.AddSingleton<IStartupFilter, FailingAddress>();
        });
    }
}
