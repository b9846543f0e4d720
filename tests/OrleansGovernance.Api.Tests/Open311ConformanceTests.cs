using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static OrleansGovernance.Api.Tests.Open311Client;

namespace OrleansGovernance.Api.Tests;

/// <summary>What GeoReport v2 asks beyond the basics: the spec's own words on ids, descriptions, locations and extensions.</summary>
[Collection(PlatformCollection.Name)]
public sealed class Open311ConformanceTests(PlatformFixture platform)
{
    private readonly Open311Client _open311 = new(platform);

    [Fact]
    public async Task Service_request_id_overrides_every_other_argument()
    {
        var id = await File(Fields(("service_code", "noise"), ("address_id", Hualing), ("description", "Drums")));

        var found = await _open311.Json($"requests.json?service_request_id={id}&service_code=potholes&start_date=2026-06-01T00:00:00Z&end_date=2026-01-01T00:00:00Z&status=pending");

        Assert.Equal(id, Assert.Single(found.EnumerateArray()).GetProperty("service_request_id").GetString());
    }

    [Fact]
    public async Task The_description_limit_counts_the_description_alone_and_media_url_and_zipcode_come_back_as_sent()
    {
        var description = new string('d', 3_990);
        var id = await File(Fields(
            ("service_code", "objects-thrown-from-height"), ("address_id", Hualing), ("description", description),
            ("attribute[building]", "Building 5"), ("attribute[harm]", "damage"),
            ("media_url", "https://photos.example.cn/flowerpot.jpg"), ("zipcode", "361021")));

        var request = Assert.Single((await _open311.Json($"requests/{id}.json")).EnumerateArray());

        Assert.Equal(description, request.GetProperty("description").GetString());
        Assert.Equal("https://photos.example.cn/flowerpot.jpg", request.GetProperty("media_url").GetString());
        Assert.Equal("361021", request.GetProperty("zipcode").GetString());
    }

    [Fact]
    public async Task Posted_lat_long_and_address_string_come_back_as_posted()
    {
        var id = await File(Fields(("service_code", "noise"), ("lat", "24.5902"), ("long", "118.0432"), ("address_string", "华铃花园 east gate")));

        var request = Assert.Single((await _open311.Json($"requests/{id}.json")).EnumerateArray());

        Assert.Equal(24.5902, request.GetProperty("lat").GetDouble());
        Assert.Equal(118.0432, request.GetProperty("long").GetDouble());
        Assert.Equal("华铃花园 east gate", request.GetProperty("address").GetString());
    }

    [Theory]
    [InlineData("requests.json?jurisdiction_id=chicago.gov")]
    [InlineData("services.json?jurisdiction_id=chicago.gov")]
    public async Task A_jurisdiction_we_do_not_serve_is_404(string resource) =>
        JsonError(await _open311.Json(resource, HttpStatusCode.NotFound), 404);

    [Fact]
    public async Task Our_own_jurisdiction_is_accepted_on_reads_and_filings()
    {
        await _open311.Json("services.json?jurisdiction_id=xiamen");
        await File(Fields(("jurisdiction_id", "xiamen"), ("service_code", "noise"), ("address_id", Hualing)));
    }

    [Theory]
    [InlineData("requests.json?page=2")]
    [InlineData("requests.json?page_size=10")]
    [InlineData("requests.json?lat=24.59&long=118.04&radius=500")]
    [InlineData("requests.json?updated_after=2026-01-01T00:00:00Z")]
    public async Task Extensions_we_do_not_offer_are_answered_as_unsupported(string resource) =>
        Assert.Contains("not supported", JsonError(await _open311.Json(resource, HttpStatusCode.BadRequest), 400), StringComparison.Ordinal);

    [Fact]
    public async Task A_form_with_too_many_fields_gets_the_error_list_and_files_nothing()
    {
        var before = await _open311.TicketsAt(Hualing);
        var body = new StringBuilder($"api_key={Uri.EscapeDataString(await platform.Open311Key())}&service_code=noise&address_id={Hualing}");
        for (var i = 0; i < 3_000; i++)
        {
            body.Append("&f").Append(i).Append("=x");
        }

        var response = await _open311.Http.PostAsync($"{Root}/requests.json", new StringContent(body.ToString(), Encoding.ASCII, "application/x-www-form-urlencoded"));

        JsonError(await JsonOf(response, HttpStatusCode.BadRequest), 400);
        Assert.Equal(before, await _open311.TicketsAt(Hualing));
    }

    [Fact]
    public async Task A_form_over_the_body_limit_gets_the_error_list()
    {
        var response = await _open311.File("xml", Fields(("service_code", "noise"), ("address_id", Hualing), ("description", new string('x', 70_000))));

        XmlError(await XmlOf(response, HttpStatusCode.RequestEntityTooLarge), 413);
    }

    [Theory]
    [InlineData("description=%C3%28broken")]
    [InlineData("description=ok&first_name=%FF")]
    public async Task A_form_that_is_not_utf8_is_refused_and_files_nothing(string broken)
    {
        var before = await _open311.TicketsAt(Hualing);
        var body = $"api_key={Uri.EscapeDataString(await platform.Open311Key())}&service_code=noise&address_id={Hualing}&{broken}";

        var response = await _open311.Http.PostAsync($"{Root}/requests.xml", new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Contains("UTF-8", XmlError(await XmlOf(response, HttpStatusCode.BadRequest), 400), StringComparison.Ordinal);
        Assert.Equal(before, await _open311.TicketsAt(Hualing));
    }

    private async Task<string> File(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var response = await _open311.File("json", fields);
        return Assert.Single((await JsonOf(response, HttpStatusCode.Created)).EnumerateArray()).GetProperty("service_request_id").GetString()!;
    }
}
