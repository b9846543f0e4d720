using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrleansGovernance.Api.Tests;

/// <summary>A body means one thing: duplicate members, members the type does not take and read-only members are refused, naming the member.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StrictJsonTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private const string Hualing = Fangzhi + ".hualing-garden";

    [Fact]
    public async Task A_member_sent_twice_is_refused_naming_it_and_files_nothing()
    {
        var before = await Tickets();
        const string body = """{"compoundId":"xiamen.jimei.xinglin.fangzhi.hualing-garden","category":"noise","channel":"hotline","description":"first","description":"second"}""";

        var refused = await platform.CreateClient().PostAsync("/api/v1/tickets", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertRefusedNaming(refused, "description");
        Assert.Equal(before, await Tickets());
    }

    [Fact]
    public async Task A_read_only_member_is_refused_naming_it_rather_than_ignored()
    {
        var admin = platform.CreateClient();
        var profile = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/compounds/{Hualing}"))!.AsObject();
        profile["ownersCommittee"] = new JsonObject
        {
            ["members"] = new JsonArray(new JsonObject { ["name"] = "Chair Su", ["partyMember"] = true, ["role"] = "chair" }),
            ["partyMembers"] = 99,
        };

        var refused = await admin.PutAsync($"/api/v1/compounds/{Hualing}", new StringContent(profile.ToJsonString(), Encoding.UTF8, "application/json"));

        await AssertRefusedNaming(refused, "partyMembers");
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("t-../../etc/passwd")]
    public async Task A_ticket_named_on_a_meeting_agenda_must_be_a_ticket_id(string ticketId)
    {
        var staff = platform.As(Access.Roles.Staff, "staff-meeting", Fangzhi);
        var before = await staff.GetStringAsync($"/api/v1/communities/{Fangzhi}/meetings");

        var refused = await staff.PostAsJsonAsync($"/api/v1/communities/{Fangzhi}/meetings", new
        {
            meeting = new
            {
                kind = "jointMeeting",
                title = "Lift repairs",
                attendees = new[] { "community" },
                agenda = new[] { new { title = "Lift", ticketId } },
                agreedMatters = Array.Empty<object>(),
            },
        });

        await AssertRefusedNaming(refused, "ticketId");
        Assert.Equal(before, await staff.GetStringAsync($"/api/v1/communities/{Fangzhi}/meetings"));
    }

    private async Task<int> Tickets() =>
        JsonDocument.Parse(await platform.CreateClient().GetStringAsync($"/api/v1/compounds/{Hualing}/tickets")).RootElement.GetArrayLength();

    private static async Task AssertRefusedNaming(HttpResponseMessage refused, string member)
    {
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains(member, detail, StringComparison.Ordinal);
    }
}
