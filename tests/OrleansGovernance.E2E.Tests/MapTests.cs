using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

/// <summary>The compound map: drawn from the compounds' own positions and outlines, one mark each, a click opens the compound.</summary>
public sealed class MapTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";

    [Fact]
    public async Task The_map_draws_a_mark_per_placed_compound_an_outline_where_surveyed_lists_the_rest_and_a_click_opens_the_compound()
    {
        var outlined = await Define("outlined", location: null, ring: [[24.589, 118.042], [24.589, 118.044], [24.591, 118.044], [24.591, 118.042], [24.589, 118.042]]);
        var unplaced = await Define("unplaced", location: null, ring: null);
        using var api = Dashboard.Host.Api(Roles.Viewer, "viewer-map");
        var compounds = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/communities/{Fangzhi}")).GetProperty("compounds").EnumerateArray().Select(c => c.GetString()!).ToList();
        var profiles = await Task.WhenAll(compounds.Select(id => api.GetFromJsonAsync<JsonElement>($"/api/v1/compounds/{id}")));
        var placed = profiles.Count(p => p.GetProperty("location").ValueKind == JsonValueKind.Object || p.GetProperty("boundary").ValueKind == JsonValueKind.Array);
        var page = await Dashboard.SignedIn($"/places/{Fangzhi}", Roles.Viewer, "viewer-map");
        var map = new ChartPage(page, "compound-map");
        await map.Drawn();

        var options = await map.Options();
        var marks = options.GetProperty("series").EnumerateArray().Sum(s => s.GetProperty("data").GetArrayLength());
        var regions = options.GetProperty("geo")[0].GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();

        Assert.Equal(placed, marks);
        Assert.Contains(outlined, regions);
        await Expect(page.Locator("[data-map-missing]")).ToHaveAttributeAsync("data-map-missing", (profiles.Length - placed).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-map-missing] summary")).ToContainTextAsync("无坐标，未上图");
        await page.Locator("[data-map-missing] summary").ClickAsync();
        await Expect(page.Locator($"[data-map-missing] a[href='/places/{unplaced}']")).ToBeVisibleAsync();

        var (series, point) = MarkOf(options, "有界花园 outlined");
        await map.Hover(series, point);
        await Expect(map.Tooltip).ToContainTextAsync("有界花园 outlined");
        await DashboardFixture.Screenshot(page, "map-fangzhi");
        await map.Click(series, point);

        await Expect(page.Locator("[data-place]")).ToHaveAttributeAsync("data-place", outlined);
    }

    [Fact]
    public async Task The_map_recolours_by_the_figure_picked_and_its_legend_names_the_bands()
    {
        var page = await Dashboard.SignedIn($"/places/{Fangzhi}", Roles.Viewer, "viewer-map-figure");
        var map = new ChartPage(page, "compound-map");
        await map.Drawn();
        await Expect(map.Frame.Locator("svg text", new() { HasText = "≥ 95%" })).ToHaveCountAsync(1);

        await page.ClickAsync("[data-map-figure=OpenRequests]");
        await map.Drawn();

        await Expect(map.Frame.Locator("svg text", new() { HasText = "≥ 6" })).ToHaveCountAsync(1);
        await Expect(map.Frame).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("未办结诉求"));
    }

    [Fact]
    public async Task The_city_map_of_every_compound_arrives_after_the_figures_it_must_not_delay()
    {
        var page = await Dashboard.SignedIn("/places/xiamen.jimei", Roles.Viewer, "viewer-map-timing");
        var clock = Stopwatch.StartNew();
        await page.GotoAsync("/");
        await page.Locator("[data-figure=communities]").WaitForAsync();
        var figures = clock.Elapsed;
        await new ChartPage(page, "compound-map").Drawn();
        var map = clock.Elapsed;
        var marks = await page.Locator("[data-map-marks]").GetAttributeAsync("data-map-marks");

        _output.WriteLine($"city page: figures after {figures.TotalMilliseconds:0} ms, map of {marks} compounds after {map.TotalMilliseconds:0} ms");
        Assert.True(figures < map);
        await DashboardFixture.Screenshot(page, "map-city");
    }

    private readonly ITestOutputHelper _output = output;

    /// <summary>The series and coordinates of the mark named <paramref name="name"/>.</summary>
    private static (int Series, string Point) MarkOf(JsonElement options, string name)
    {
        var series = options.GetProperty("series").EnumerateArray().ToList();
        for (var s = 0; s < series.Count; s++)
        {
            foreach (var mark in series[s].GetProperty("data").EnumerateArray().Where(m => m.GetProperty("name").GetString() == name))
            {
                var value = mark.GetProperty("value");
                return (s, $"[{value[0].GetRawText()}, {value[1].GetRawText()}]");
            }
        }

        throw new InvalidOperationException($"no mark named {name}");
    }

    /// <summary>A new compound in Fangzhi, put by an administrator as the API takes it.</summary>
    private async Task<string> Define(string kind, double[]? location, double[][]? ring)
    {
        var id = $"{Fangzhi}.{kind}-{Guid.NewGuid():N}"[..60];
        using var admin = Dashboard.Host.Api(Roles.Admin, "admin-map");
        var answer = await admin.PutAsJsonAsync($"/api/v1/compounds/{id}", new
        {
            id,
            name = $"Map Garden {kind}",
            nameZh = $"有界花园 {kind}",
            communityId = Fangzhi,
            households = 40,
            location = location is null ? null : new { lat = location[0], lng = location[1] },
            boundary = ring?.Select(point => new { lat = point[0], lng = point[1] }),
        });
        answer.EnsureSuccessStatusCode();
        return id;
    }
}
