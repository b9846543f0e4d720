using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class TicketsApiTests(PlatformFixture platform)
{
    private const string Hualing = "xiamen.jimei.xinglin.fangzhi.hualing-garden";

    private readonly HttpClient _http = platform.CreateClient();

    [Fact]
    public async Task A_request_filed_and_handled_over_http_moves_through_its_lifecycle_and_the_figures()
    {
        var before = await OpenRequests();
        var created = await _http.PostAsJsonAsync("/api/v1/tickets", new
        {
            compoundId = Hualing,
            category = "ebikeInLift",
            channel = "propertyOffice",
            description = "E-bike taken into lift 2",
            reporter = new { name = "陈阿姨", phone = "13800001234" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ticket = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = ticket.GetProperty("id").GetString()!;
        Assert.Equal("*******1234", ticket.GetProperty("reporter").GetProperty("phone").GetString());
        Assert.Equal(before + 1, await Eventually.Until(OpenRequests, open => open == before + 1));

        await Step(id, "acknowledge", new { by = "grid worker" });
        await Step(id, "claim", new { by = "Chengfa property", party = "propertyCompany", claimantName = "Chengfa property" });
        await Step(id, "settle", new { by = "Chengfa property", note = "blocker reset" });
        var rated = await Step(id, "rate", new { by = "resident", level = "verySatisfied" });

        Assert.Equal("rated", rated.GetProperty("status").GetString());
        Assert.Equal(5, rated.GetProperty("history").GetArrayLength());
        Assert.Equal(created.Headers.Location!.ToString(), $"/api/v1/tickets/{id}");
        Assert.Equal(before, await Eventually.Until(OpenRequests, open => open == before));
    }

    [Fact]
    public async Task An_illegal_step_answers_409_and_changes_nothing()
    {
        var id = await File();

        var response = await _http.PostAsJsonAsync($"/api/v1/tickets/{id}/settle", new { by = "property" });

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

    private async Task<JsonElement> Step(string id, string action, object body)
    {
        var response = await _http.PostAsJsonAsync($"/api/v1/tickets/{id}/{action}", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<int> OpenRequests() =>
        (await _http.GetFromJsonAsync<JsonElement>($"/api/v1/compounds/{Hualing}/summary")).GetProperty("requests").GetProperty("open").GetInt32();
}
