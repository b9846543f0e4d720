using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// A platform of its own for the webhook tests, with retries sized for a test (a tenth of a second doubling to half a
/// second, given up after 4 s) and endpoints read again every 0.2 s. Each test defines compounds of its own under
/// Fangzhi, so the seeded figures other tests read stay as they are.
/// </summary>
public sealed class WebhookPlatform : PlatformFixture
{
    public const string Community = "xiamen.jimei.xinglin.fangzhi";
    public const string OtherCommunity = "xiamen.jimei.xinglin.ningbao";
    public static readonly TimeSpan DirectoryRefresh = TimeSpan.FromMilliseconds(200);

    private int _compounds;

    /// <summary>A new compound under <paramref name="community"/>, for one test's requests alone.</summary>
    public async Task<string> Compound(string community = Community)
    {
        var id = $"{community}.hook-court-{Interlocked.Increment(ref _compounds)}";
        (await CreateClient().PutAsJsonAsync($"/api/v1/compounds/{id}", new { id, name = "Hook Court", nameZh = "钩子苑", communityId = community, households = 80 }))
            .EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>Registers an endpoint and waits until every silo's dispatchers see it; answers its id and secret.</summary>
    public async Task<(string Id, string Secret)> Register(string url, string[] events, string[] places, string? secret = null)
    {
        var created = await CreateClient().PostAsJsonAsync("/api/v1/webhooks", new { url, events, places, description = "test receiver", secret });
        created.EnsureSuccessStatusCode();
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        await Task.Delay(DirectoryRefresh * 3);
        return (body.GetProperty("id").GetString()!, body.GetProperty("secret").GetString()!);
    }

    public async Task<string> File(string compoundId, string description = "Lift 2 stuck between floors")
    {
        var filed = await CreateClient().PostAsJsonAsync("/api/v1/tickets", new
        {
            compoundId,
            category = "ebikeInLift",
            channel = "walkIn",
            description,
            reporter = new { name = "陈阿姨", phone = "13800001234", email = "chen@example.org" },
        });
        filed.EnsureSuccessStatusCode();
        return (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task Step(string ticketId, string action, object body) =>
        (await CreateClient().PostAsJsonAsync($"/api/v1/tickets/{ticketId}/{action}", body)).EnsureSuccessStatusCode();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Webhooks:DirectoryRefresh", DirectoryRefresh.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Webhooks:FirstWait", "00:00:00.1");
        builder.UseSetting("Webhooks:LongestWait", "00:00:00.5");
        builder.UseSetting("Webhooks:GiveUpAfter", "00:00:04");
    }
}

[CollectionDefinition(Name)]
public sealed class WebhookCollection : ICollectionFixture<WebhookPlatform>
{
    public const string Name = "webhooks";
}
