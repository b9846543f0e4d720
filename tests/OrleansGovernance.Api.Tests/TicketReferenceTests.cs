using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

/// <summary>Ids a request names in its body are checked as ids: well formed, existing, and in the caller's reach.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TicketReferenceTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private const string Hualing = Fangzhi + ".hualing-garden";
    private const string Ningbao = "xiamen.jimei.xinglin.ningbao.xiaoqu-02";

    [Theory]
    [InlineData("../../etc/passwd", HttpStatusCode.BadRequest)]
    [InlineData("t-20260101000000000-nvrmde", HttpStatusCode.BadRequest)]
    [InlineData("ningbao", HttpStatusCode.Forbidden)]
    public async Task Marking_a_duplicate_of_a_bad_unknown_or_unreachable_ticket_is_refused_and_leaves_it_unanswered(string original, HttpStatusCode expected)
    {
        using var staff = platform.As(Roles.Staff, "grid-worker-dup", Fangzhi);
        var id = await File(platform.CreateClient(), Hualing);
        var originalId = original == "ningbao" ? await File(platform.CreateClient(), Ningbao) : original;

        var refused = await staff.PostAsJsonAsync($"/api/v1/tickets/{id}/duplicate", new { originalId });

        Assert.Equal(expected, refused.StatusCode);
        var ticket = await platform.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        Assert.Equal("submitted", ticket.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, ticket.GetProperty("respondedAt").ValueKind);
    }

    [Fact]
    public async Task A_duplicate_of_a_ticket_in_reach_is_marked()
    {
        using var staff = platform.As(Roles.Staff, "grid-worker-dup", Fangzhi);
        var original = await File(platform.CreateClient(), Hualing);
        var id = await File(platform.CreateClient(), Hualing);

        var marked = await staff.PostAsJsonAsync($"/api/v1/tickets/{id}/duplicate", new { originalId = original });

        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.Equal(original, (await marked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicateOf").GetString());
    }

    [Fact]
    public async Task A_filing_for_an_unknown_compound_is_refused_without_activating_a_ticket()
    {
        var management = platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var before = await TicketActivations(management);

        for (var i = 0; i < 3; i++)
        {
            var refused = await platform.CreateClient().PostAsJsonAsync("/api/v1/tickets", Filing($"{Fangzhi}.never-built-{i}"));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.Equal(before, await TicketActivations(management));
    }

    private static async Task<int> TicketActivations(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics()).Where(s => s.GrainType.Contains("TicketGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);

    private static object Filing(string compoundId) =>
        new { compoundId, category = "noise", channel = "hotline", description = "Drilling at night" };

    private static async Task<string> File(HttpClient admin, string compoundId)
    {
        var filed = await admin.PostAsJsonAsync("/api/v1/tickets", Filing(compoundId));
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        return (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
