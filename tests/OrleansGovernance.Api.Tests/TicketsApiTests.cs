using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class TicketsApiTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private const string Hualing = Fangzhi + ".hualing-garden";

    // Only the lifecycle test files here, so the compound's open count moves with that test alone.
    private const string Quiet = Fangzhi + ".xiaoqu-02";

    private readonly HttpClient _http = platform.CreateClient();

    [Fact]
    public async Task A_request_filed_and_handled_over_http_moves_through_its_lifecycle_and_the_figures()
    {
        var before = await OpenRequests();
        using var resident = platform.As(Roles.Resident, "resident-chen");
        using var staff = platform.As(Roles.Staff, "grid-worker-wu", Fangzhi);
        var created = await resident.PostAsJsonAsync("/api/v1/tickets", new
        {
            compoundId = Quiet,
            category = "ebikeInLift",
            channel = "propertyOffice",
            description = "E-bike taken into lift 2",
            reporter = new { name = "陈阿姨", phone = "13800001234" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ticket = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = ticket.GetProperty("id").GetString()!;
        Assert.Equal(before + 1, await Eventually.Until(OpenRequests, open => open == before + 1));

        await Step(staff, id, "acknowledge", new { note = "on my way" });
        await Step(staff, id, "claim", new { party = "propertyCompany", claimantName = "Chengfa property" });
        await Step(staff, id, "settle", new { note = "blocker reset" });
        var rated = await Step(resident, id, "rate", new { level = "verySatisfied" });

        Assert.Equal("rated", rated.GetProperty("status").GetString());
        var history = rated.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("by").GetString()!).ToArray();
        Assert.Equal(["resident-chen", "grid-worker-wu", "grid-worker-wu", "grid-worker-wu", "resident-chen"], history);
        Assert.Equal(created.Headers.Location!.ToString(), $"/api/v1/tickets/{id}");
        Assert.Equal(before, await Eventually.Until(OpenRequests, open => open == before));
    }

    [Fact]
    public async Task The_reporters_name_and_phone_are_shown_only_to_the_reporter_and_the_communitys_staff()
    {
        using var resident = platform.As(Roles.Resident, "resident-lin");
        var created = await resident.PostAsJsonAsync("/api/v1/tickets", new
        {
            compoundId = Hualing,
            category = "noise",
            channel = "happinessMailbox",
            description = "Drilling after 22:00",
            reporter = new { name = "林阿姨", phone = "13800005678" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        async Task<string?> PhoneAs(HttpClient client) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}")).GetProperty("reporter").GetProperty("phone").GetString();

        using var ownStaff = platform.As(Roles.Staff, "staff-fangzhi", Fangzhi);
        using var otherStaff = platform.As(Roles.Staff, "staff-ningbao", "xiamen.jimei.xinglin.ningbao");
        using var viewer = platform.As(Roles.Viewer);
        using var otherResident = platform.As(Roles.Resident, "resident-wang");
        Assert.Equal("13800005678", await PhoneAs(resident));
        Assert.Equal("13800005678", await PhoneAs(ownStaff));
        Assert.Equal("*******5678", await PhoneAs(otherStaff));
        Assert.Equal("*******5678", await PhoneAs(viewer));
        Assert.Equal("*******5678", await PhoneAs(otherResident));
        Assert.Equal("*******5678", await PhoneAs(_http));
    }

    [Fact]
    public async Task Staff_of_another_community_and_other_residents_cannot_act_on_a_request()
    {
        var id = await File();
        using var otherStaff = platform.As(Roles.Staff, "staff-ningbao", "xiamen.jimei.xinglin.ningbao");
        using var otherResident = platform.As(Roles.Resident, "resident-wang");

        var acknowledge = await otherStaff.PostAsJsonAsync($"/api/v1/tickets/{id}/acknowledge", new { note = "mine?" });
        var reopen = await otherResident.PostAsJsonAsync($"/api/v1/tickets/{id}/reopen", new { note = "mine?" });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (acknowledge.StatusCode, reopen.StatusCode));
        var after = await _http.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        Assert.Equal(("submitted", 1), (after.GetProperty("status").GetString(), after.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task An_illegal_step_answers_409_and_changes_nothing()
    {
        var id = await File();

        var response = await _http.PostAsJsonAsync($"/api/v1/tickets/{id}/settle", new { note = "done" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("only a claimed or escalated ticket", problem.GetProperty("detail").GetString());
        var after = await _http.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        Assert.Equal(("submitted", 1), (after.GetProperty("status").GetString(), after.GetProperty("version").GetInt32()));
    }

    [Theory]
    [InlineData("""{"compoundId":"xiamen.jimei.xinglin.fangzhi.hualing-garden","category":"loud","channel":"walkIn","description":"x"}""")]
    [InlineData("""{"compoundId":"xiamen.jimei.xinglin.fangzhi.hualing-garden","category":"noise","channel":"walkIn","description":""}""")]
    [InlineData("""{"compoundId":"xiamen.jimei.xinglin.fangzhi.hualing-garden","category":"noise","channel":"walkIn","description":"x","surprise":1}""")]
    [InlineData("""{"compoundId":"xiamen.jimei.xinglin.fangzhi.nowhere","category":"noise","channel":"walkIn","description":"x"}""")]
    [InlineData("""{"compoundId":"xiamen.jimei.xinglin.fangzhi.hualing-garden","category":"noise",""")]
    [InlineData("""[]""")]
    public async Task Bad_input_answers_400_and_files_nothing(string body)
    {
        var before = await _http.GetFromJsonAsync<string[]>($"/api/v1/compounds/{Hualing}/tickets");

        var response = await _http.PostAsync("/api/v1/tickets", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await _http.GetFromJsonAsync<string[]>($"/api/v1/compounds/{Hualing}/tickets"));
    }

    private async Task<string> File()
    {
        var created = await _http.PostAsJsonAsync("/api/v1/tickets", new { compoundId = Hualing, category = "noise", channel = "walkIn", description = "Drilling at night" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> Step(HttpClient client, string id, string action, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/tickets/{id}/{action}", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<int> OpenRequests() =>
        (await _http.GetFromJsonAsync<JsonElement>($"/api/v1/compounds/{Quiet}/summary")).GetProperty("requests").GetProperty("open").GetInt32();
}
