using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class TicketListingApiTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";

    private readonly HttpClient _http = platform.CreateClient();

    [Fact]
    public async Task Paging_walks_every_ticket_of_a_community_exactly_once_newest_first()
    {
        var held = await TicketIdsOfCompoundsIn(Fangzhi);

        var walked = (await Walk($"place={Fangzhi}&limit=7")).Select(t => t.GetProperty("id").GetString()!).ToList();

        Assert.True(held.Count > 7, $"the seed should give Fangzhi more than one page of tickets, not {held.Count}");
        Assert.Equal(held.Order(StringComparer.Ordinal), walked.Order(StringComparer.Ordinal));
        Assert.Equal(walked.OrderDescending(StringComparer.Ordinal), walked);
    }

    [Fact]
    public async Task Filters_return_exactly_the_matching_tickets()
    {
        var all = await Walk($"place={Fangzhi}&limit=200");
        var from = DateTimeOffset.Parse("2025-01-01T00:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        var to = from.AddMonths(18);

        var filtered = await Walk($"place={Fangzhi}&status=settled,rated&status=rejected&category=noise&category=sanitation,other&from=2025-01-01T00:00:00%2B08:00&to={Uri.EscapeDataString(to.ToString("O"))}");

        var expected = all.Where(t =>
                t.GetProperty("status").GetString() is "settled" or "rated" or "rejected"
                && t.GetProperty("category").GetString() is "noise" or "sanitation" or "other"
                && t.GetProperty("submittedAt").GetDateTimeOffset() >= from
                && t.GetProperty("submittedAt").GetDateTimeOffset() < to)
            .Select(t => t.GetProperty("id").GetString())
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, filtered.Select(t => t.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_compound_lists_its_own_tickets_and_the_city_lists_them_too()
    {
        const string hualing = Fangzhi + ".hualing-garden";
        var held = await _http.GetFromJsonAsync<string[]>($"/api/v1/compounds/{hualing}/tickets");

        var page = await Page($"/api/v1/tickets?place={hualing}&limit=200");
        var city = await Page("/api/v1/tickets?place=xiamen&limit=200");

        Assert.Equal(held!.Order(StringComparer.Ordinal), page.Items.Select(t => t.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(200, city.Items.Count);
        Assert.NotNull(city.NextCursor);
    }

    [Theory]
    [InlineData("place=xiamen&limit=0")]
    [InlineData("place=xiamen&limit=201")]
    [InlineData("place=xiamen&limit=many")]
    [InlineData("place=xiamen&cursor=***")]
    [InlineData("place=xiamen&cursor=aGVsbG8")]
    [InlineData("place=xiamen&status=loud")]
    [InlineData("place=xiamen&status=0")]
    [InlineData("place=xiamen&category=noise,potholes")]
    [InlineData("place=xiamen&from=2024-01-01")]
    [InlineData("place=xiamen&from=2024-01-01T00:00:00")]
    [InlineData("place=xiamen&to=yesterday")]
    [InlineData("place=xiamen&from=2025-01-01T00:00:00Z&to=2024-01-01T00:00:00Z")]
    [InlineData("status=settled")]
    public async Task Bad_query_answers_400_with_problem_details(string query)
    {
        var response = await _http.GetAsync($"/api/v1/tickets?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("xiamen.nowhere")]
    [InlineData("xiamen.jimei.xinglin.nowhere")]
    [InlineData("xiamen.jimei.xinglin.fangzhi.nowhere")]
    [InlineData("xiamen.jimei.xinglin.fangzhi.hualing-garden.plan-2024-2026")]
    [InlineData("NOT..AN..ID")]
    public async Task An_unknown_place_answers_404(string place)
    {
        var response = await _http.GetAsync($"/api/v1/tickets?place={Uri.EscapeDataString(place)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<List<string>> TicketIdsOfCompoundsIn(string community)
    {
        var profile = await _http.GetFromJsonAsync<JsonElement>($"/api/v1/communities/{community}");
        var ids = new List<string>();
        foreach (var compound in profile.GetProperty("compounds").EnumerateArray())
        {
            ids.AddRange((await _http.GetFromJsonAsync<string[]>($"/api/v1/compounds/{compound.GetString()}/tickets"))!);
        }

        return ids;
    }

    /// <summary>Follows nextCursor to the last page; gives up after a hundred pages rather than loop forever.</summary>
    private async Task<List<JsonElement>> Walk(string query)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await Page($"/api/v1/tickets?{query}" + (cursor is null ? "" : $"&cursor={cursor}"));
            items.AddRange(page.Items);
            cursor = page.NextCursor;
            if (cursor is null)
            {
                return items;
            }
        }

        throw new InvalidOperationException("the listing never reached its last page");
    }

    private async Task<(IReadOnlyList<JsonElement> Items, string? NextCursor)> Page(string path)
    {
        var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        var next = page.GetProperty("nextCursor");
        return ([.. page.GetProperty("items").EnumerateArray()], next.ValueKind == JsonValueKind.Null ? null : next.GetString());
    }
}
