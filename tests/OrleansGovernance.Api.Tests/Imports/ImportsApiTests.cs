using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests.Imports;

/// <summary>The import endpoints on the real host: small files in, a report out, refusals as 4xx problems that change nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ImportsApiTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private const string Hualing = Fangzhi + ".hualing-garden";

    private HttpClient Admin => platform.As(Roles.Admin);

    private static StringContent Csv(string text, string mediaType = "text/csv") => new(text, Encoding.UTF8, mediaType);

    [Fact]
    public async Task Places_from_GeoJSON_are_defined_once_and_a_second_send_changes_nothing()
    {
        var id = $"{Fangzhi}.geo-{Guid.NewGuid():N}"[..60];
        var geoJson = $$$"""
            {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[118.05,24.59]},
             "properties":{"kind":"compound","id":"{{{id}}}","nameZh":"地理小区","households":321}}]}
            """;

        var first = await (await Admin.PostAsync("/api/v1/imports/places", Csv(geoJson, "application/geo+json"))).Content.ReadFromJsonAsync<JsonObject>();
        var second = await (await Admin.PostAsync("/api/v1/imports/places", Csv(geoJson, "application/geo+json"))).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal((1, 0), (first!["imported"]!.GetValue<int>(), first["unchanged"]!.GetValue<int>()));
        Assert.Equal((0, 1), (second!["imported"]!.GetValue<int>(), second["unchanged"]!.GetValue<int>()));
        var compound = await Admin.GetFromJsonAsync<JsonObject>($"/api/v1/compounds/{id}");
        Assert.Equal(321, compound!["households"]!.GetValue<int>());
        Assert.Equal(24.59, compound["location"]!["lat"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_GeoJSON_polygon_defines_the_compounds_boundary_and_centroid_once_and_a_bad_ring_is_refused_at_its_feature()
    {
        var id = $"{Fangzhi}.poly-{Guid.NewGuid():N}"[..60];
        var geoJson = $$$"""
            {"type":"FeatureCollection","features":[
             {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[118.042,24.589],[118.044,24.589],[118.044,24.591],[118.042,24.591],[118.042,24.589]]]},
              "properties":{"kind":"compound","id":"{{{id}}}","nameZh":"多边形小区"}},
             {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[118.042,24.589],[118.044,24.589],[118.044,24.591]]]},
              "properties":{"kind":"compound","id":"{{{id}}}-x","nameZh":"开口小区"}}]}
            """;

        var first = await (await Admin.PostAsync("/api/v1/imports/places?skipInvalid=true", Csv(geoJson, "application/geo+json"))).Content.ReadFromJsonAsync<JsonObject>();
        var second = await (await Admin.PostAsync("/api/v1/imports/places?skipInvalid=true", Csv(geoJson, "application/geo+json"))).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal((1, 0, 1), (first!["imported"]!.GetValue<int>(), first["unchanged"]!.GetValue<int>(), first["refused"]!.GetValue<int>()));
        Assert.Equal(2, first["refusals"]![0]!["line"]!.GetValue<int>());
        Assert.Contains("closed", first["refusals"]![0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal((0, 1), (second!["imported"]!.GetValue<int>(), second["unchanged"]!.GetValue<int>()));
        var compound = await Admin.GetFromJsonAsync<JsonObject>($"/api/v1/compounds/{id}");
        Assert.Equal(5, compound!["boundary"]!.AsArray().Count);
        Assert.Equal(24.590, compound["location"]!["lat"]!.GetValue<double>(), 9);
        Assert.Equal(118.043, compound["location"]!["lng"]!.GetValue<double>(), 9);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/api/v1/compounds/{id}-x")).StatusCode);
    }

    [Fact]
    public async Task A_place_stored_otherwise_is_refused_with_its_line_and_left_as_it_is()
    {
        var before = await Admin.GetStringAsync($"/api/v1/compounds/{Hualing}");

        var answer = await Admin.PostAsync("/api/v1/imports/places", Csv($"kind,id,name,name_zh,households\ncompound,{Hualing},Hualing Garden,华铃花园,1\n"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        var problem = await answer.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(2, problem!["report"]!["refusals"]![0]!["line"]!.GetValue<int>());
        Assert.Equal(before, await Admin.GetStringAsync($"/api/v1/compounds/{Hualing}"));
    }

    [Fact]
    public async Task Requests_with_a_refused_row_import_nothing_and_with_skipInvalid_the_valid_ones()
    {
        var source = $"API-{Guid.NewGuid():N}";
        var csv = $"工单编号,受理时间,诉求类别,小区,办结时间,首次响应时间,满意度\n{source},2024-03-04 05:06:07,噪音,{Hualing},2024-03-05 09:00,2024-03-04 05:10,满意\n{source}-x,2024-03-04 05:06:07,噪音,没有这个小区,,,\n";
        var before = await Admin.GetStringAsync($"/api/v1/compounds/{Hualing}/tickets");

        var refused = await Admin.PostAsync("/api/v1/imports/requests", Csv(csv));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await Admin.GetStringAsync($"/api/v1/compounds/{Hualing}/tickets"));

        var skipping = await Admin.PostAsync("/api/v1/imports/requests?skipInvalid=true", Csv(csv));

        Assert.Equal(HttpStatusCode.OK, skipping.StatusCode);
        var report = await skipping.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal((1, 1), (report!["imported"]!.GetValue<int>(), report["refused"]!.GetValue<int>()));
        var tickets = await Admin.GetFromJsonAsync<List<string>>($"/api/v1/compounds/{Hualing}/tickets");
        Assert.Contains(tickets!, id => id.StartsWith("t-20240303210607000-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/v1/imports/requests", "application/json", "{}", 415)]
    [InlineData("/api/v1/imports/places", "text/plain", "kind,id", 415)]
    [InlineData("/api/v1/imports/places", "application/geo+json", "{\"type\":\"Feature\"}", 422)]
    [InlineData("/api/v1/imports/requests", "text/csv", "", 422)]
    [InlineData("/api/v1/imports/requests?dryRun=perhaps", "text/csv", "a,b", 400)]
    public async Task Bodies_the_import_cannot_read_get_a_4xx_problem(string path, string mediaType, string body, int status)
    {
        var answer = await Admin.PostAsync(path, Csv(body, mediaType));

        Assert.Equal(status, (int)answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_file_over_the_import_limit_is_refused_with_413()
    {
        var answer = await Admin.PostAsync("/api/v1/imports/requests", Csv(new string('x', 5 * 1024 * 1024 + 1)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
    }
}
