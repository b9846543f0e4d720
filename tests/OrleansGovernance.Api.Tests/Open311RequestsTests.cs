using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static OrleansGovernance.Api.Tests.Open311Client;

namespace OrleansGovernance.Api.Tests;

/// <summary>Filing and reading service requests as GeoReport v2 clients do; each filed request is an ordinary ticket.</summary>
[Collection(PlatformCollection.Name)]
public sealed class Open311RequestsTests(PlatformFixture platform)
{
    private readonly Open311Client _open311 = new(platform);

    [Fact]
    public async Task A_request_filed_by_lat_long_is_an_ordinary_ticket_at_the_nearest_compound_with_the_reporter_masked()
    {
        var response = await _open311.File("json", Fields(
            ("service_code", "noise"), ("lat", "24.5902"), ("long", "118.0432"), ("description", "Drilling after 22:00"),
            ("first_name", "阿姨"), ("last_name", "陈"), ("phone", "13800001234"), ("email", "chen.ayi@example.cn"),
            ("account_id", "acct-77"), ("device_id", "device-1")));

        var filed = Assert.Single((await JsonOf(response, HttpStatusCode.Created)).EnumerateArray());
        var id = filed.GetProperty("service_request_id").GetString()!;
        Assert.Equal("acct-77", filed.GetProperty("account_id").GetString());
        Assert.Contains("settled by", filed.GetProperty("service_notice").GetString(), StringComparison.Ordinal);

        var ticket = await _open311.Http.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        Assert.Equal((Hualing, "noise", "open311", "submitted"), (
            ticket.GetProperty("compoundId").GetString(), ticket.GetProperty("category").GetString(),
            ticket.GetProperty("channel").GetString(), ticket.GetProperty("status").GetString()));
        Assert.Equal("Drilling after 22:00", ticket.GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Null, ticket.GetProperty("location").ValueKind);
        var position = ticket.GetProperty("details").GetProperty("position");
        Assert.Equal((24.5902, 118.0432), (position.GetProperty("lat").GetDouble(), position.GetProperty("lng").GetDouble()));
        var reporter = ticket.GetProperty("reporter");
        Assert.Equal(("陈**", "*******1234", "c***@example.cn"), (
            reporter.GetProperty("name").GetString(), reporter.GetProperty("phone").GetString(), reporter.GetProperty("email").GetString()));
        Assert.StartsWith("open311:open311-conformance-tests", ticket.GetProperty("history")[0].GetProperty("by").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_filed_by_address_id_keeps_its_attribute_answers_in_location_and_beside_the_description()
    {
        var response = await _open311.File("xml", Fields(
            ("service_code", "objects-thrown-from-height"), ("address_id", Hualing), ("description", "A flowerpot fell"),
            ("attribute[building]", "Building 5"), ("attribute[harm]", "damage")));

        var root = await XmlOf(response, HttpStatusCode.Created);
        Assert.Equal("service_requests", root.Name.LocalName);
        var request = Assert.Single(root.Elements("request"));
        Assert.Equal(["service_request_id", "service_notice", "account_id"], request.Elements().Select(e => e.Name.LocalName));
        var id = request.Element("service_request_id")!.Value;

        var ticket = await _open311.Http.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        Assert.Equal(Hualing, ticket.GetProperty("compoundId").GetString());
        Assert.Equal("objectsThrownFromHeight", ticket.GetProperty("category").GetString());
        Assert.Equal("Building: Building 5", ticket.GetProperty("location").GetString());
        Assert.Equal("A flowerpot fell", ticket.GetProperty("description").GetString());
        Assert.Equal("Harm: property was damaged", ticket.GetProperty("details").GetProperty("answers").GetString());
    }

    [Theory]
    [InlineData("hualing garden, Xinglin")]
    [InlineData("3号楼 华铃花园")]
    public async Task A_request_filed_by_address_string_lands_at_the_compound_it_names(string address)
    {
        var response = await _open311.File("json", Fields(("service_code", "sanitation"), ("address_string", address)));

        var id = Assert.Single((await JsonOf(response, HttpStatusCode.Created)).EnumerateArray()).GetProperty("service_request_id").GetString();
        var ticket = await _open311.Http.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        Assert.Equal(Hualing, ticket.GetProperty("compoundId").GetString());
        Assert.Equal(address, ticket.GetProperty("location").GetString());
        Assert.Equal("Sanitation and rubbish", ticket.GetProperty("description").GetString());
    }

    [Fact]
    public async Task One_request_reads_back_as_a_one_element_list_in_both_formats()
    {
        var id = await FileNoise();

        var xml = await _open311.Xml($"requests/{id}.xml");
        Assert.Equal("service_requests", xml.Name.LocalName);
        var request = Assert.Single(xml.Elements("request"));
        Assert.Equal(
            ["service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible", "service_notice",
             "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url"],
            request.Elements().Select(e => e.Name.LocalName));
        Assert.Equal((id, "open", "noise", Hualing), (
            request.Element("service_request_id")!.Value, request.Element("status")!.Value, request.Element("service_code")!.Value, request.Element("address_id")!.Value));

        var json = Assert.Single((await _open311.Json($"requests/{id}.json")).EnumerateArray());
        var native = await _open311.Http.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        Assert.Equal(ToSeconds(native.GetProperty("settleDue").GetDateTimeOffset()), W3(json, "expected_datetime"));
        Assert.Equal(ToSeconds(native.GetProperty("submittedAt").GetDateTimeOffset()), W3(json, "requested_datetime"));
        Assert.Equal(24.5901, json.GetProperty("lat").GetDouble());
        Assert.Equal(118.0432, json.GetProperty("long").GetDouble());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$", json.GetProperty("updated_datetime").GetString());
    }

    [Fact]
    public async Task A_closed_request_reads_closed_with_the_time_it_was_closed()
    {
        var id = await FileNoise();
        await Step(id, "acknowledge", new { note = "on my way" });
        await Step(id, "claim", new { party = "propertyCompany", claimantName = "Chengfa property" });
        var settled = await Step(id, "settle", new { note = "quiet hours agreed" });
        await Step(id, "rate", new { level = "satisfied" });

        var request = Assert.Single((await _open311.Json($"requests/{id}.json")).EnumerateArray());
        Assert.Equal("closed", request.GetProperty("status").GetString());
        Assert.Equal("Chengfa property", request.GetProperty("agency_responsible").GetString());
        Assert.Equal(ToSeconds(settled.GetProperty("settledAt").GetDateTimeOffset()), W3(request, "updated_datetime"));
    }

    [Fact]
    public async Task Requests_are_filtered_by_id_list_service_code_status_and_dates()
    {
        var (first, second) = (await FileNoise(), await FileNoise());

        var byIds = (await _open311.Json($"requests.json?service_request_id={first},{second},t-20200101000000000-aaaaaa")).EnumerateArray().ToList();
        Assert.Equal(new[] { first, second }.Order(), byIds.Select(r => r.GetProperty("service_request_id").GetString()).Order());

        var byDefault = (await _open311.Xml("requests.xml")).Elements("request").ToList();
        Assert.Contains(byDefault, r => r.Element("service_request_id")!.Value == first);
        Assert.InRange(byDefault.Count, 3, 1000);

        var noise = (await _open311.Json("requests.json?service_code=noise")).EnumerateArray().ToList();
        Assert.Contains(noise, r => r.GetProperty("service_request_id").GetString() == first);
        Assert.All(noise, r => Assert.Equal("noise", r.GetProperty("service_code").GetString()));

        var closed = (await _open311.Json("requests.json?status=closed")).EnumerateArray().ToList();
        Assert.NotEmpty(closed);
        Assert.All(closed, r => Assert.Equal("closed", r.GetProperty("status").GetString()));
        var open = (await _open311.Json("requests.json?status=open")).EnumerateArray().ToList();
        Assert.Contains(open, r => r.GetProperty("service_request_id").GetString() == first);
        Assert.All(open, r => Assert.Equal("open", r.GetProperty("status").GetString()));

        var (from, to) = (DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow.AddDays(-20));
        var window = (await _open311.Json($"requests.json?start_date={Query(from)}&end_date={Query(to)}")).EnumerateArray().ToList();
        Assert.NotEmpty(window);
        Assert.All(window, r => Assert.InRange(W3(r, "requested_datetime"), from, to));
        Assert.DoesNotContain(window, r => r.GetProperty("service_request_id").GetString() == first);
    }

    [Fact]
    public async Task A_token_is_the_request_id_and_looks_up_at_once()
    {
        var id = await FileNoise();

        var token = Assert.Single((await _open311.Json($"tokens/{id}.json")).EnumerateArray());
        Assert.Equal((id, id), (token.GetProperty("service_request_id").GetString(), token.GetProperty("token").GetString()));
        var xml = Assert.Single((await _open311.Xml($"tokens/{id}.xml")).Elements("request"));
        Assert.Equal(["service_request_id", "token"], xml.Elements().Select(e => e.Name.LocalName));

        JsonError(await _open311.Json("tokens/t-20200101000000000-aaaaaa.json", HttpStatusCode.NotFound), 404);
        XmlError(await _open311.Xml("requests/not-a-ticket.xml", HttpStatusCode.NotFound), 404);
    }

    private async Task<string> FileNoise()
    {
        var response = await _open311.File("json", Fields(("service_code", "noise"), ("address_id", Hualing), ("description", "Drilling at night")));
        return Assert.Single((await JsonOf(response, HttpStatusCode.Created)).EnumerateArray()).GetProperty("service_request_id").GetString()!;
    }

    private async Task<JsonElement> Step(string id, string action, object body)
    {
        var response = await _open311.Http.PostAsJsonAsync($"/api/v1/tickets/{id}/{action}", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static DateTimeOffset W3(JsonElement request, string field) =>
        DateTimeOffset.Parse(request.GetProperty(field).GetString()!, CultureInfo.InvariantCulture);

    // GeoReport's w3 times are whole seconds, as in the spec's examples.
    private static DateTimeOffset ToSeconds(DateTimeOffset at) => at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));

    private static string Query(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
}
