using System.Net;
using System.Text.Json;

namespace OrleansGovernance.Api.Tests;

/// <summary>GeoReport v2 discovery, service list and service definitions, checked against the spec's shapes.</summary>
[Collection(PlatformCollection.Name)]
public sealed class Open311ServicesTests(PlatformFixture platform)
{
    private readonly Open311Client _open311 = new(platform);

    [Fact]
    public async Task Discovery_names_the_v2_endpoint_and_both_formats()
    {
        var xml = await _open311.Xml("discovery.xml");
        Assert.Equal("discovery", xml.Name.LocalName);
        Assert.Equal(["changeset", "contact", "key_service", "endpoints"], xml.Elements().Select(e => e.Name.LocalName));
        var endpoint = Assert.Single(xml.Element("endpoints")!.Elements("endpoint"));
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.Element("specification")!.Value);
        Assert.EndsWith("/open311/v2", endpoint.Element("url")!.Value, StringComparison.Ordinal);
        Assert.Equal("production", endpoint.Element("type")!.Value);
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));

        var json = await _open311.Json("discovery.json");
        Assert.Equal(xml.Element("changeset")!.Value, json.GetProperty("changeset").GetString());
        var formats = Assert.Single(json.GetProperty("endpoints").EnumerateArray()).GetProperty("formats");
        Assert.Equal(["text/xml", "application/json"], formats.EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Services_list_one_realtime_service_per_ticket_category_in_both_formats()
    {
        var xml = await _open311.Xml("services.xml");
        Assert.Equal("services", xml.Name.LocalName);
        var services = xml.Elements().ToList();
        Assert.All(services, s => Assert.Equal("service", s.Name.LocalName));
        Assert.Equal(Enum.GetValues<Domain.Tickets.TicketCategory>().Length, services.Count);
        Assert.All(services, s =>
        {
            Assert.Equal(["service_code", "service_name", "description", "metadata", "type", "keywords", "group"], s.Elements().Select(e => e.Name.LocalName));
            Assert.Equal("realtime", s.Element("type")!.Value);
            Assert.Contains(s.Element("metadata")!.Value, new[] { "true", "false" });
        });
        Assert.Equal("true", services.Single(s => s.Element("service_code")!.Value == "ebike-in-lift").Element("metadata")!.Value);
        Assert.Equal("false", services.Single(s => s.Element("service_code")!.Value == "noise").Element("metadata")!.Value);

        var json = await _open311.Json("services.json");
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(services.Select(s => s.Element("service_code")!.Value), json.EnumerateArray().Select(s => s.GetProperty("service_code").GetString()));
        Assert.All(json.EnumerateArray(), s => Assert.Contains(s.GetProperty("metadata").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False }));
    }

    [Fact]
    public async Task A_service_with_metadata_defines_its_attributes_in_both_formats()
    {
        var xml = await _open311.Xml("services/objects-thrown-from-height.xml");
        Assert.Equal("service_definition", xml.Name.LocalName);
        Assert.Equal("objects-thrown-from-height", xml.Element("service_code")!.Value);
        var attributes = xml.Element("attributes")!.Elements("attribute").ToList();
        Assert.Equal(["building", "harm"], attributes.Select(a => a.Element("code")!.Value));
        Assert.All(attributes, a => Assert.Equal(
            ["variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"],
            a.Elements().Select(e => e.Name.LocalName)));
        var harm = attributes[1];
        Assert.Equal(("singlevaluelist", "true", "2"), (harm.Element("datatype")!.Value, harm.Element("required")!.Value, harm.Element("order")!.Value));
        Assert.Equal(["none", "damage", "injury"], harm.Element("values")!.Elements("value").Select(v => v.Element("key")!.Value));

        var json = await _open311.Json("services/objects-thrown-from-height.json");
        var jsonHarm = json.GetProperty("attributes")[1];
        Assert.True(jsonHarm.GetProperty("required").GetBoolean());
        Assert.Equal(2, jsonHarm.GetProperty("order").GetInt32());
        Assert.Equal("someone was hurt", jsonHarm.GetProperty("values")[2].GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unknown_service_code_or_resource_is_404_in_the_spec_error_list()
    {
        Open311Client.XmlError(await _open311.Xml("services/potholes.xml", HttpStatusCode.NotFound), 404);
        Open311Client.JsonError(await _open311.Json("services/potholes.json", HttpStatusCode.NotFound), 404);
        Open311Client.XmlError(await _open311.Xml("services.yaml", HttpStatusCode.NotFound), 404);
        Open311Client.JsonError(await _open311.Json("nothing-here.json", HttpStatusCode.NotFound), 404);
    }
}
