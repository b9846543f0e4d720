using System.Net;
using System.Text;
using static OrleansGovernance.Api.Tests.Open311Client;

namespace OrleansGovernance.Api.Tests;

/// <summary>Bad GeoReport input: always the spec's error list with 400, 403 or 404, never 5xx, and nothing filed.</summary>
[Collection(PlatformCollection.Name)]
public sealed class Open311RefusalsTests(PlatformFixture platform)
{
    private readonly Open311Client _open311 = new(platform);

    [Fact]
    public async Task Filing_without_a_valid_api_key_is_403_in_both_formats_and_files_nothing()
    {
        var before = await _open311.TicketsAt(Hualing);
        var fields = Fields(("service_code", "noise"), ("address_id", Hualing), ("description", "x"));

        XmlError(await XmlOf(await _open311.File("xml", fields, withKey: false), HttpStatusCode.Forbidden), 403);
        JsonError(await JsonOf(await _open311.File("json", fields, withKey: false), HttpStatusCode.Forbidden), 403);
        var wrongKey = await _open311.File("json", [new("api_key", "og311_not-a-key"), .. fields], withKey: false);
        JsonError(await JsonOf(wrongKey, HttpStatusCode.Forbidden), 403);

        Assert.Equal(before, await _open311.TicketsAt(Hualing));
    }

    [Fact]
    public async Task Filing_an_unknown_service_code_is_404_as_the_spec_says()
    {
        var response = await _open311.File("xml", Fields(("service_code", "potholes"), ("address_id", Hualing)));

        Assert.Contains("potholes", XmlError(await XmlOf(response, HttpStatusCode.NotFound), 404), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_point_far_from_every_compound_is_400()
    {
        // Xiamen's Gulangyu island: in the city, but kilometres from any Xinglin compound.
        var response = await _open311.File("json", Fields(("service_code", "noise"), ("lat", "24.4473"), ("long", "118.0664")));

        Assert.Contains("500 m", JsonError(await JsonOf(response, HttpStatusCode.BadRequest), 400), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("address_id=" + Hualing)]
    [InlineData("service_code=noise")]
    [InlineData("service_code=noise&lat=24.59")]
    [InlineData("service_code=noise&lat=north&long=118.04")]
    [InlineData("service_code=noise&lat=NaN&long=118.04")]
    [InlineData("service_code=noise&lat=124.59&long=118.04")]
    [InlineData("service_code=noise&address_string=Nowhere%20Estate")]
    [InlineData("service_code=noise&address_string=Compound")]
    [InlineData("service_code=noise&address_id=xiamen.jimei.xinglin.fangzhi")]
    [InlineData("service_code=noise&address_id=../../etc")]
    [InlineData("service_code=objects-thrown-from-height&address_id=" + Hualing + "&attribute[building]=5")]
    [InlineData("service_code=objects-thrown-from-height&address_id=" + Hualing + "&attribute[building]=5&attribute[harm]=maybe")]
    [InlineData("service_code=noise&address_id=" + Hualing + "&attribute[decibels]=90")]
    [InlineData("service_code=noise&address_id=" + Hualing + "&attribute=90")]
    [InlineData("service_code=noise&address_id=" + Hualing + "&email=not-an-address")]
    [InlineData("service_code=noise&address_id=" + Hualing + "&phone=call-me")]
    [InlineData("service_code=noise&address_id=" + Hualing + "&media_url=ftp://example.cn/x.jpg")]
    [InlineData("service_code=noise&service_code=sanitation&address_id=" + Hualing)]
    public async Task A_malformed_request_is_400_and_files_nothing(string form)
    {
        var before = await _open311.TicketsAt(Hualing);
        var body = $"api_key={Uri.EscapeDataString(await platform.Open311Key())}&{form}";

        var response = await _open311.Http.PostAsync($"{Root}/requests.xml", new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));

        XmlError(await XmlOf(response, HttpStatusCode.BadRequest), 400);
        Assert.Equal(before, await _open311.TicketsAt(Hualing));
    }

    [Fact]
    public async Task A_description_over_4000_characters_is_400()
    {
        var response = await _open311.File("json", Fields(("service_code", "noise"), ("address_id", Hualing), ("description", new string('x', 4001))));

        JsonError(await JsonOf(response, HttpStatusCode.BadRequest), 400);
    }

    [Theory]
    [InlineData("application/json", """{"service_code":"noise","address_id":"xiamen.jimei.xinglin.fangzhi.hualing-garden"}""")]
    [InlineData("text/plain", "service_code=noise")]
    public async Task A_body_that_is_not_a_form_is_400(string contentType, string body)
    {
        var before = await _open311.TicketsAt(Hualing);

        var response = await _open311.Http.PostAsync($"{Root}/requests.json", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Contains("x-www-form-urlencoded", JsonError(await JsonOf(response, HttpStatusCode.BadRequest), 400), StringComparison.Ordinal);
        Assert.Equal(before, await _open311.TicketsAt(Hualing));
    }

    [Theory]
    [InlineData("requests.json?start_date=2026-01-01")]
    [InlineData("requests.json?start_date=2026-01-01T00:00:00")]
    [InlineData("requests.json?end_date=yesterday")]
    [InlineData("requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z")]
    [InlineData("requests.json?start_date=2026-06-01T00:00:00Z&end_date=2026-01-01T00:00:00Z")]
    [InlineData("requests.json?status=pending")]
    [InlineData("requests.json?service_code=potholes")]
    public async Task A_bad_search_is_400(string resource) =>
        JsonError(await _open311.Json(resource, HttpStatusCode.BadRequest), 400);
}
