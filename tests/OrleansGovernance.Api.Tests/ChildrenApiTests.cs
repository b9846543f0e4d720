using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ChildrenApiTests(PlatformFixture platform)
{
    private readonly HttpClient _http = platform.CreateClient();

    [Fact]
    public async Task A_subdistrict_lists_the_summaries_of_its_communities_as_each_serves_its_own()
    {
        var children = (await _http.GetFromJsonAsync<JsonElement[]>("/api/v1/regions/xiamen.jimei.xinglin/children"))!;

        Assert.Equal(11, children.Length);
        Assert.All(children, c => Assert.Equal("community", c.GetProperty("kind").GetString()));
        var ningbao = children.Single(c => c.GetProperty("id").GetString() == "xiamen.jimei.xinglin.ningbao");
        var own = await _http.GetFromJsonAsync<JsonElement>("/api/v1/communities/xiamen.jimei.xinglin.ningbao/summary");
        Assert.Equal(own.GetProperty("years").GetRawText(), ningbao.GetProperty("years").GetRawText());
    }

    [Fact]
    public async Task A_community_lists_its_compounds_and_their_counts_add_up_to_its_own()
    {
        const string fangzhi = "xiamen.jimei.xinglin.fangzhi";

        var children = (await _http.GetFromJsonAsync<JsonElement[]>($"/api/v1/communities/{fangzhi}/children"))!;
        var profile = await _http.GetFromJsonAsync<JsonElement>($"/api/v1/communities/{fangzhi}");

        Assert.Equal(
            profile.GetProperty("compounds").EnumerateArray().Select(c => c.GetString()),
            children.Select(c => c.GetProperty("id").GetString()));
        Assert.Contains(children, c => c.GetProperty("id").GetString() == $"{fangzhi}.hualing-garden");
        Assert.Equal(profile.GetProperty("compounds").GetArrayLength(), children.Sum(c => c.GetProperty("compounds").GetInt32()));
    }

    [Fact]
    public async Task The_city_lists_its_district()
    {
        var children = (await _http.GetFromJsonAsync<JsonElement[]>("/api/v1/regions/xiamen/children"))!;

        Assert.Contains(children, c => c.GetProperty("id").GetString() == "xiamen.jimei" && c.GetProperty("kind").GetString() == "district");
    }

    [Theory]
    [InlineData("/api/v1/regions/xiamen.nowhere/children")]
    [InlineData("/api/v1/communities/xiamen.jimei.xinglin.nowhere/children")]
    [InlineData("/api/v1/communities/xiamen.jimei.xinglin/children")]
    public async Task An_unknown_parent_answers_404(string path)
    {
        var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
