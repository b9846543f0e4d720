using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.ApiKeys;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Persistence.Stores;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// The platform exactly as the README's run command starts it (Program: one silo on the embedded SQLite default,
/// API co-hosted, Xinglin seeded), served in-process. The database lives in a fresh temporary folder and Orleans
/// gets free loopback ports, so a run never meets the data or the silo of another.
/// <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> acts as an admin; <see cref="As"/> as any role.
/// </summary>
public class PlatformFixture : WebApplicationFactory<Program>
{
    public const string SeedUntil = "2026-11-26T12:00:00+08:00";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("og-api-");
    private readonly Lazy<Task<string>> _open311Key;

    public PlatformFixture() =>
        _open311Key = new(() => Services.GetRequiredService<IApiKeyStore>().Create("open311-conformance-tests"));

    public string DatabasePath => Path.Combine(_data.FullName, "governance.db");

    /// <summary>The key the platform signs and checks tokens with, for API hosts of the tests' own.</summary>
    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>A key issued by the platform's own store, as an operator would issue one.</summary>
    public Task<string> Open311Key() => _open311Key.Value;

    /// <summary>Where Orleans clients reach the silo: the live-feed and limit tests connect API hosts of their own here.</summary>
    public int GatewayPort { get; } = FreePorts.Next();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Delete(recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", DatabasePath);
        builder.UseSetting("Orleans:SiloPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Seed:Until", SeedUntil);
        builder.UseSetting("Seed:TicketsPerCompoundPerMonth", "0.5");
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Api:Live:HeartbeatInterval", "00:00:01");
        builder.UseSetting("Notifications:OptOutUrl", "https://xinglin.example.cn/opt-out?token={token}");

        // A second root beside Xinglin's city: a country whose compounds sit seven segments deep (CountryTreeApiTests).
        builder.UseSetting("Places:Roots:1", CountryTreeApiTests.Nation);

        // Every test class shares this host and calls from one address; the limit tests use a host of their own.
        builder.UseSetting("Api:RateLimit:PermitsPerSecond", "100000");
        builder.UseSetting("Api:RateLimit:Burst", "100000");
    }

    /// <summary>A client whose bearer token carries <paramref name="role"/>, acting for <paramref name="scopes"/>.</summary>
    public HttpClient As(string role, string? subject = null, params string[] scopes)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(role, subject, scopes));
        return client;
    }

    public HttpClient Anonymous()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    public string Token(string role, string? subject = null, params string[] scopes) =>
        Services.GetRequiredService<AccessTokens>().Issue(role, scopes, subject);

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(Roles.Admin, "test-admin"));
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
