using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// Listings, exports and child summaries ask the place model for a place's level, so a country-shaped tree
/// (nation, province, city, district, subdistrict, community, compound: seven segments) works as Xinglin does.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CountryTreeApiTests(PlatformFixture platform)
{
    public const string Nation = "country";
    private const string Subdistrict = Nation + ".fujian.quanzhou.licheng.xishan";
    private const string Community = Subdistrict + ".dongqiao";
    private const string Compound = Community + ".east-garden";

    private readonly HttpClient _admin = platform.CreateClient();

    [Fact]
    public async Task A_ticket_filed_seven_segments_deep_is_listed_and_exported_from_every_level_above_it()
    {
        await DefineCountry();
        using var staff = platform.As(Access.Roles.Staff, "country-staff", Community);
        var filed = await staff.PostAsJsonAsync("/api/v1/tickets", new
        {
            compoundId = Compound,
            category = "noise",
            channel = "walkIn",
            description = "Drilling at night",
        });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var id = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        foreach (var place in new[] { Nation, Nation + ".fujian", Subdistrict, Community, Compound })
        {
            await Eventually.Until(() => Listed(place), ids => ids.Contains(id));
            Assert.Contains(id, await ExportedIds(place));
        }
    }

    [Fact]
    public async Task A_subdistrict_deep_in_a_country_lists_its_community_and_the_community_its_compound()
    {
        await DefineCountry();

        var communities = (await _admin.GetFromJsonAsync<JsonElement[]>($"/api/v1/regions/{Subdistrict}/children"))!;
        var compounds = (await _admin.GetFromJsonAsync<JsonElement[]>($"/api/v1/communities/{Community}/children"))!;

        Assert.Equal("community", Assert.Single(communities).GetProperty("kind").GetString());
        Assert.Equal(Compound, Assert.Single(compounds).GetProperty("id").GetString());
        Assert.Equal("compound", compounds[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_place_under_no_configured_root_is_not_found_for_listings()
    {
        var response = await _admin.GetAsync("/api/v1/tickets?place=elsewhere.entirely");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<List<string>> Listed(string place)
    {
        var page = await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/tickets?place={place}&limit=200");
        return [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()!)];
    }

    private async Task<List<string>> ExportedIds(string place)
    {
        var text = (await _admin.GetStringAsync($"/api/v1/exports/tickets.csv?place={place}")).TrimStart('\uFEFF');
        return [.. Csv.Parse(text).Skip(1).Select(row => row[0])];
    }

    /// <summary>Idempotent (every PUT defines or redefines), so each test may call it.</summary>
    private async Task DefineCountry()
    {
        (string Id, string Level, string? Parent)[] regions =
        [
            (Nation, "nation", null),
            (Nation + ".fujian", "province", Nation),
            (Nation + ".fujian.quanzhou", "city", Nation + ".fujian"),
            (Nation + ".fujian.quanzhou.licheng", "district", Nation + ".fujian.quanzhou"),
            (Subdistrict, "subdistrict", Nation + ".fujian.quanzhou.licheng"),
        ];
        foreach (var (id, level, parent) in regions)
        {
            (await _admin.PutAsJsonAsync($"/api/v1/regions/{id}", new { id, name = level, nameZh = "地区", level, parentId = parent })).EnsureSuccessStatusCode();
        }

        (await _admin.PutAsJsonAsync($"/api/v1/communities/{Community}", new { id = Community, name = "Dongqiao", nameZh = "东桥社区", regionId = Subdistrict })).EnsureSuccessStatusCode();
        (await _admin.PutAsJsonAsync($"/api/v1/compounds/{Compound}", new { id = Compound, name = "East Garden", nameZh = "东苑", communityId = Community, households = 300 })).EnsureSuccessStatusCode();
    }
}
