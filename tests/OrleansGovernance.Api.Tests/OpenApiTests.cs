using System.Text.Json;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class OpenApiTests(PlatformFixture platform)
{
    private readonly HttpClient _http = platform.CreateClient();

    [Fact]
    public async Task The_openapi_document_describes_the_summary_contract_with_an_example()
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync("/openapi/v1.json"));
        var summary = document.RootElement.GetProperty("paths").GetProperty("/api/v1/regions/{id}/summary").GetProperty("get");

        Assert.Contains("no fan-out on read", summary.GetProperty("description").GetString());
        var example = summary.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal(41, example.GetProperty("ownersCommitteePartyMembers").GetInt32());
        Assert.Equal(100.0 / 120, example.GetProperty("requests").GetProperty("acknowledgedWithinLimitRate").GetDouble(), 5);
        Assert.Equal(2, example.GetProperty("requests").GetProperty("responseOverdue").GetInt32());
        Assert.Equal(7, example.GetProperty("months").GetProperty("202611").GetProperty("categories").GetProperty("ebikeInLift").GetInt32());
        Assert.Equal(22, example.GetProperty("visits").GetProperty("202611").GetProperty("inDifficulty").GetInt32());
        Assert.Equal(21.0 / 24, example.GetProperty("cadence").GetProperty("withinShare").GetDouble(), 5);
        foreach (var name in new[] { "requests", "satisfaction", "plans", "throughput", "asOf", "version", "months", "visits", "cadence" })
        {
            Assert.True(example.TryGetProperty(name, out _), $"the example lacks '{name}'");
        }
    }

    [Fact]
    public async Task The_openapi_document_describes_recording_a_council_meeting_with_a_matter_of_each_class()
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync("/openapi/v1.json"));
        var post = document.RootElement.GetProperty("paths").GetProperty("/api/v1/communities/{id}/meetings").GetProperty("post");

        Assert.Contains("大事共议、要事共决、急事共商", post.GetProperty("description").GetString());
        var example = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("meeting");
        Assert.Equal("quarterly", example.GetProperty("form").GetString());
        Assert.Equal(["big", "important", "urgent"], example.GetProperty("agreedMatters").EnumerateArray().Select(m => m.GetProperty("class").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/communities/{id}/households", "fz-h-013")]
    [InlineData("/api/v1/communities/{id}/visits", "inDifficulty")]
    public async Task The_door_visit_writes_carry_a_worked_example_of_their_body(string path, string shown)
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync("/openapi/v1.json"));

        var body = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("requestBody");

        Assert.Contains(shown, body.GetProperty("content").GetProperty("application/json").GetProperty("example").ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/tickets", "ListTickets")]
    [InlineData("/api/v1/regions/{id}/children", "GetRegionChildren")]
    [InlineData("/api/v1/communities/{id}/children", "GetCommunityChildren")]
    [InlineData("/api/v1/exports/tickets.csv", "ExportTickets")]
    [InlineData("/api/v1/exports/milestones.csv", "ExportMilestones")]
    [InlineData("/api/v1/exports/ledger.csv", "ExportLedger")]
    [InlineData("/api/v1/exports/seal-log.csv", "ExportSealLog")]
    [InlineData("/api/v1/compounds/{id}/ledger", "GetLedger")]
    [InlineData("/api/v1/compounds/{id}/ledger/balances", "GetLedgerBalances")]
    [InlineData("/api/v1/compounds/{id}/ledger/statements/{month}", "GetLedgerStatement")]
    [InlineData("/api/v1/compounds/{id}/seal-requests", "GetSealRequests")]
    [InlineData("/api/v1/regions/{id}/live", "WatchRegionFigures")]
    [InlineData("/api/v1/communities/{id}/live", "WatchCommunityFigures")]
    [InlineData("/api/v1/compounds/{id}/live", "WatchCompoundFigures")]
    [InlineData("/api/v1/notifications/outbox", "GetNoticeOutbox")]
    [InlineData("/api/v1/notifications/dead-letters", "GetNoticeDeadLetters")]
    [InlineData("/api/v1/webhooks", "ListWebhooks")]
    [InlineData("/api/v1/communities/{id}/households", "GetHouseholds")]
    [InlineData("/api/v1/communities/{id}/visits", "GetVisits")]
    [InlineData("/api/v1/webhooks/{id}", "GetWebhook")]
    [InlineData("/api/v1/webhooks/{id}/deliveries", "ListWebhookDeliveries")]
    public async Task The_read_endpoints_are_named_and_summarised(string path, string operationId)
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync("/openapi/v1.json"));

        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get");

        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
    }

    [Fact]
    public async Task The_ticket_listing_documents_its_query_parameters()
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync("/openapi/v1.json"));

        var parameters = document.RootElement.GetProperty("paths").GetProperty("/api/v1/tickets").GetProperty("get").GetProperty("parameters");

        Assert.Equal(
            ["category", "cursor", "from", "limit", "place", "status", "to"],
            parameters.EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task The_compound_profile_request_documents_its_boundary_as_points_shaped_like_its_location()
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync("/openapi/v1.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        var properties = schemas.GetProperty("CompoundProfileRequest").GetProperty("properties");
        var boundary = properties.GetProperty("boundary");

        Assert.Contains("closed ring", boundary.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("GeoPointRequest", properties.GetProperty("location").ToString(), StringComparison.Ordinal);
        Assert.Contains("GeoPointRequest", boundary.GetProperty("items").ToString(), StringComparison.Ordinal);
        Assert.True(schemas.GetProperty("CompoundProfileView").GetProperty("properties").TryGetProperty("boundary", out _));
    }

    [Fact]
    public async Task A_ticket_step_documents_its_authors_display_name_next_to_the_subject()
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync("/openapi/v1.json"));

        var properties = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("TicketTransitionView").GetProperty("properties");

        var names = properties.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(names.IndexOf("by") + 1, names.IndexOf("byName"));
        Assert.Contains("null", properties.GetProperty("byName").ToString(), StringComparison.Ordinal);
    }
}
