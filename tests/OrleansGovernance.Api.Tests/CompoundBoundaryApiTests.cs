using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

/// <summary>A compound's boundary through PUT /api/v1/compounds/{id}: points shaped like its location, bad rings refused with nothing changed.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CompoundBoundaryApiTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";

    private static readonly double[][] Square = [[24.589, 118.042], [24.589, 118.044], [24.591, 118.044], [24.591, 118.042], [24.589, 118.042]];

    private HttpClient Admin => platform.As(Roles.Admin);

    [Fact]
    public async Task A_boundary_put_is_answered_and_read_back_point_for_point_in_lat_lng_objects()
    {
        var id = NewCompound();

        var answer = await Put(id, Square);
        var read = await Admin.GetFromJsonAsync<JsonObject>($"/api/v1/compounds/{id}");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(Square, Points((await answer.Content.ReadFromJsonAsync<JsonObject>())!));
        Assert.Equal(Square, Points(read!));
    }

    [Fact]
    public async Task A_compound_put_without_a_boundary_shows_it_as_null()
    {
        var id = NewCompound();

        await Put(id, null);
        var read = await Admin.GetFromJsonAsync<JsonObject>($"/api/v1/compounds/{id}");

        Assert.True(read!.ContainsKey("boundary"));
        Assert.Null(read["boundary"]);
    }

    [Theory]
    [InlineData("open", "closed")]
    [InlineData("line", "area")]
    [InlineData("off the globe", "point 3")]
    [InlineData("three points", "4 to 500")]
    public async Task A_bad_boundary_is_a_400_problem_naming_the_fault_and_the_stored_compound_is_unchanged(string fault, string named)
    {
        var id = NewCompound();
        (await Put(id, Square)).EnsureSuccessStatusCode();
        var before = await Admin.GetStringAsync($"/api/v1/compounds/{id}");
        double[][] ring = fault switch
        {
            "open" => Square[..4],
            "line" => [[24.589, 118.042], [24.590, 118.043], [24.591, 118.044], [24.589, 118.042]],
            "off the globe" => [[24.589, 118.042], [24.589, 118.044], [24.591, 218.044], [24.589, 118.042]],
            _ => [[24.589, 118.042], [24.589, 118.044], [24.589, 118.042]],
        };

        var answer = await Put(id, ring);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await Admin.GetStringAsync($"/api/v1/compounds/{id}"));
    }

    private static string NewCompound() => $"{Fangzhi}.outline-{Guid.NewGuid():N}"[..60];

    private Task<HttpResponseMessage> Put(string id, double[][]? ring) => Admin.PutAsJsonAsync($"/api/v1/compounds/{id}", new
    {
        id,
        name = "Outlined Garden",
        nameZh = "有界花园",
        communityId = Fangzhi,
        households = 40,
        location = new { lat = 24.590, lng = 118.043 },
        boundary = ring?.Select(point => new { lat = point[0], lng = point[1] }),
    });

    private static double[][] Points(JsonObject compound) =>
        [.. compound["boundary"]!.AsArray().Select(point => new[] { point!["lat"]!.GetValue<double>(), point["lng"]!.GetValue<double>() })];
}
