using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// The embedded default has no gateway: a reporter's notices wait in the local outbox, where an administrator reads
/// them with the address masked, and the opt-out link in each works without an account.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationsApiTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";

    private async Task<string> File(string email, string? weChatOpenId = null)
    {
        using var resident = platform.As(Roles.Resident, "resident-notices");
        var filed = await resident.PostAsJsonAsync("/api/v1/tickets", new
        {
            compoundId = Fangzhi + ".hualing-garden",
            category = "noise",
            channel = "walkIn",
            description = "Drilling after 22:00",
            reporter = new { name = "陈阿姨", email, weChatOpenId },
        });
        filed.EnsureSuccessStatusCode();
        return (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task Step(string id, string step, object? body = null)
    {
        using var staff = platform.As(Roles.Staff, "grid-worker-notices", Fangzhi);
        (await staff.PostAsJsonAsync($"/api/v1/tickets/{id}/{step}", body ?? new { })).EnsureSuccessStatusCode();
    }

    private Task<List<JsonElement>> Outbox(string ticketId, int count) => Eventually.Until(
        async () => (await platform.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/notifications/outbox?take=500"))
            .EnumerateArray().Where(e => e.GetProperty("notice").GetProperty("ticketId").GetString() == ticketId).ToList(),
        entries => entries.Count >= count);

    [Fact]
    public async Task An_acknowledged_request_s_notice_waits_in_the_local_outbox_with_its_address_masked()
    {
        var id = await File("chen.ayi@example.cn");

        await Step(id, "acknowledge", new { note = "caller angry", visibility = "internal" });
        var entry = Assert.Single(await Outbox(id, 1)).GetProperty("notice");

        Assert.Equal($"{id}:2:acknowledged", entry.GetProperty("id").GetString());
        Assert.Equal("email", entry.GetProperty("channel").GetString());
        Assert.Equal("c***@example.cn", entry.GetProperty("to").GetString());
        Assert.StartsWith($"【杏林街道】您反映的诉求（编号 {id}，噪音）已受理", entry.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("angry", entry.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("chen.ayi", entry.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wechat_openid_given_at_filing_is_kept_and_preferred()
    {
        var id = await File("li@example.cn", "oXinglin_li-0001");

        await Step(id, "acknowledge");
        var entry = Assert.Single(await Outbox(id, 1)).GetProperty("notice");
        using var staff = platform.As(Roles.Staff, "grid-worker-notices", Fangzhi);
        var ticket = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");

        Assert.Equal("weChat", entry.GetProperty("channel").GetString());
        Assert.Equal("oXin***", entry.GetProperty("to").GetString());
        Assert.Equal("oXinglin_li-0001", ticket.GetProperty("reporter").GetProperty("weChatOpenId").GetString());
    }

    [Fact]
    public async Task A_resident_opts_out_anonymously_with_the_token_of_a_message_and_hears_no_more_while_a_forged_token_is_refused()
    {
        var id = await File("wang@example.cn");
        await Step(id, "acknowledge");
        var text = (await Outbox(id, 1))[0].GetProperty("notice").GetProperty("text").GetString()!;
        Assert.Contains("退订：", text, StringComparison.Ordinal);
        var token = text[(text.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        using var anonymous = platform.CreateDefaultClient();

        var forged = await anonymous.PostAsJsonAsync("/api/v1/notifications/opt-out", new { token = token[..^2] + "xy" });
        var optedOut = await anonymous.PostAsJsonAsync("/api/v1/notifications/opt-out", new { token });
        await Step(id, "claim", new { party = "community", claimantName = "Fangzhi community" });
        await Step(id, "settle");
        await Task.Delay(1500);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, optedOut.StatusCode);
        Assert.Single(await Outbox(id, 1));
    }
}
