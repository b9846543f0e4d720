using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// Bodies that bound silently before: a missing member became null (a 500 when the domain read it) or the first
/// enum value (a ticket filed as "objects thrown from height"), and a body id naming another place was overwritten.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class RequestBindingTests(AccessPlatform platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private const string Hualing = Fangzhi + ".hualing-garden";

    private readonly HttpClient _http = platform.CreateClient();

    [Theory]
    [InlineData("POST", "/api/v1/tickets", """{"compoundId":"xiamen.jimei.xinglin.fangzhi.hualing-garden","channel":"walkIn","description":"Karaoke"}""", "category")]
    [InlineData("PUT", "/api/v1/compounds/xiamen.jimei.xinglin.fangzhi.hualing-garden/owners-committee", """{"members":null}""", "members")]
    [InlineData("PUT", "/api/v1/compounds/xiamen.jimei.xinglin.fangzhi.hualing-garden/owners-committee", """{"formed":"2024-01-01"}""", "members")]
    [InlineData("POST", "/api/v1/communities/xiamen.jimei.xinglin.fangzhi/demands", """{"note":"from the mailbox"}""", "demand")]
    [InlineData("POST", "/api/v1/tickets/t-20260101000000000-nvrfed/claim", """{"claimantName":"Chengfa property"}""", "party")]
    public async Task A_missing_or_null_required_member_is_400_naming_it(string method, string path, string body, string member)
    {
        var response = await Send(method, path, body);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains(member, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optional_members_may_still_be_left_out()
    {
        await platform.Ready();

        var response = await Send("PUT", $"/api/v1/compounds/{AccessPlatform.Compound}/property-service", """{"companyId":"chengfa","companyName":"Chengfa property"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_profile_whose_id_names_another_place_is_400_and_changes_nothing()
    {
        var profile = JsonNode.Parse(await _http.GetStringAsync($"/api/v1/compounds/{Hualing}"))!;
        var before = profile.ToJsonString();
        profile["id"] = $"{Fangzhi}.xiaoqu-02";
        profile["households"] = 1;

        await Problem(await Send("PUT", $"/api/v1/compounds/{Hualing}", profile.ToJsonString()), HttpStatusCode.BadRequest);

        Assert.Equal(before, JsonNode.Parse(await _http.GetStringAsync($"/api/v1/compounds/{Hualing}"))!.ToJsonString());
    }

    [Fact]
    public void A_null_stored_before_the_annotations_were_enforced_is_still_written_out()
    {
        var json = platform.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        Assert.Contains("\"nameZh\":null", JsonSerializer.Serialize(new CoBuildingUnit("unit-1", "Fire station", null!), json), StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CoBuildingUnit>("""{"id":"unit-1","name":"Fire station","nameZh":null}""", json));
    }

    private async Task<HttpResponseMessage> Send(string method, string path, string body) =>
        await _http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") });

    private static async Task<JsonNode> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!;
    }
}
