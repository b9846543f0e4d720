using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace OrleansGovernance.Integration.Tests;

/// <summary>Resident notices on a three-silo cluster over PostgreSQL: a silo killed while notices wait loses none and sends none twice.</summary>
[Collection(PostgresCollection.Name)]
public sealed class NoticeFaultTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const string City = "noticecity";
    private const string Community = City + ".district.subdistrict.community";

    private static readonly string[] Compounds = [.. Enumerable.Range(1, 6).Select(i => $"{Community}.compound-{i}")];

    [Fact]
    public async Task A_silo_killed_while_the_relay_fails_leaves_every_notice_delivered_once_after_the_relay_recovers()
    {
        await using var smtp = new SmtpReceiver { Failing = true };
        await using var cluster = await SiloCluster.Start(await postgres.CreateDatabase(), size: 3, seed: false, more:
        [
            ("Notifications__Smtp__Host", "127.0.0.1"),
            ("Notifications__Smtp__Port", smtp.Port.ToString(CultureInfo.InvariantCulture)),
            ("Notifications__Smtp__Security", "None"),
            ("Notifications__Smtp__From", "notices@noticecity.example.cn"),
            ("Notifications__RetryFirst", "00:00:00.200"),
            ("Notifications__RetryLongest", "00:00:02"),
        ]);
        using var admin = new Api(cluster.Front.BaseAddress);
        await DefinePlaces(admin);

        // Filed and moved through every silo's API, so the requests and their compounds' notice grains spread over all three.
        var tickets = new List<string>();
        foreach (var (compound, i) in Compounds.SelectMany(c => new[] { c, c }).Select((c, i) => (c, i)))
        {
            using var via = new Api(cluster.Silos[i % 3].BaseAddress);
            tickets.Add(await File(via, compound, Mailbox(tickets.Count)));
        }

        await Step(admin, tickets, "acknowledge", new { note = "seen" });
        await Step(admin, tickets, "claim", new { party = "community", claimantName = "community" });
        await Eventually.Until(() => Task.FromResult(smtp.Refused), refused => refused >= 10, TimeSpan.FromSeconds(30));
        cluster.Silos[2].Kill();
        await Step(admin, tickets, "settle", new { });
        await Task.Delay(TimeSpan.FromSeconds(3));
        smtp.Failing = false;
        output.WriteLine($"{smtp.Refused} attempts refused while the relay failed");

        var expected = tickets.SelectMany(id => new[] { $"{id}.2.acknowledged", $"{id}.3.claimed", $"{id}.4.settled" }).Order().ToList();
        var received = await Eventually.Until(
            () => Task.FromResult(smtp.Received.Select(NoticeId).ToList()),
            ids => ids.Distinct().Count() >= expected.Count,
            TimeSpan.FromSeconds(150));
        await Task.Delay(TimeSpan.FromSeconds(5));
        received = [.. smtp.Received.Select(NoticeId)];

        Assert.Equal(expected, received.Order());
        foreach (var (id, n) in tickets.Select((id, n) => (id, n)))
        {
            Assert.Equal(["已受理", "已认领", "已办结"], smtp.Received.Where(m => m.To.Mailboxes.Single().Address == Mailbox(n)).Select(m => (m.Subject ?? "")[^3..]));
        }
    }

    /// <summary>The notice id a message carries in its Message-ID, with ':' written as '.'.</summary>
    private static string NoticeId(MimeKit.MimeMessage message) => (message.MessageId ?? "@")[..(message.MessageId ?? "@").IndexOf('@')];

    private static string Mailbox(int n) => $"resident-{n}@noticecity.example.cn";

    private static async Task<string> File(Api api, string compound, string email)
    {
        var filed = await api.Post("/api/v1/tickets", new { compoundId = compound, category = "noise", channel = "walkIn", description = "drilling at night", reporter = new { email } });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        return (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Takes the step on every ticket, through the front silo (never the one killed), retrying a call that met the dying silo.</summary>
    private static async Task Step(Api api, IEnumerable<string> tickets, string step, object body)
    {
        foreach (var id in tickets)
        {
            await Eventually.Until(async () => (await api.Post($"/api/v1/tickets/{id}/{step}", body)).StatusCode, status => status == HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        }
    }

    private static async Task DefinePlaces(Api admin)
    {
        var district = $"{City}.district";
        var subdistrict = $"{district}.subdistrict";
        (await admin.Put($"/api/v1/regions/{City}", new { id = City, name = "Notice city", nameZh = "市", level = "city" })).EnsureSuccessStatusCode();
        (await admin.Put($"/api/v1/regions/{district}", new { id = district, name = "District", nameZh = "区", level = "district", parentId = City })).EnsureSuccessStatusCode();
        (await admin.Put($"/api/v1/regions/{subdistrict}", new { id = subdistrict, name = "Subdistrict", nameZh = "街道", level = "subdistrict", parentId = district })).EnsureSuccessStatusCode();
        (await admin.Put($"/api/v1/communities/{Community}", new { id = Community, name = "Community", nameZh = "社区", regionId = subdistrict })).EnsureSuccessStatusCode();
        foreach (var compound in Compounds)
        {
            (await admin.Put($"/api/v1/compounds/{compound}", new { id = compound, name = "Compound", nameZh = "小区", communityId = Community, households = 200 })).EnsureSuccessStatusCode();
        }
    }
}
