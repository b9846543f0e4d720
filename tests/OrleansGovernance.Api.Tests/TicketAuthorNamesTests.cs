using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// A request's history names its authors by the display name their token gave, beside their subject. The reporter and
/// the place's staff see every name; other readers see the names on staff steps only, since a resident's name is
/// personal data; Open311 shows no author at all.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TicketAuthorNamesTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private const string ResidentName = "陈秀英";
    private const string StaffName = "吴晓峰";

    [Fact]
    public async Task Staff_of_the_place_and_the_reporter_read_every_authors_display_name()
    {
        var id = await FiledAndAcknowledged();
        using var reporter = Reporter();
        using var staff = Named(Roles.Staff, "grid-worker-names", StaffName, Fangzhi);

        foreach (var reader in new[] { staff, reporter })
        {
            var history = (await reader.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}")).GetProperty("history");

            Assert.Equal(
                [("resident-names", ResidentName), ("grid-worker-names", StaffName)],
                history.EnumerateArray().Select(step => (step.GetProperty("by").GetString(), step.GetProperty("byName").GetString())));
        }
    }

    [Fact]
    public async Task Viewers_and_other_residents_read_staff_names_but_not_the_residents()
    {
        var id = await FiledAndAcknowledged();
        using var viewer = platform.As(Roles.Viewer, "viewer-names");
        using var neighbour = platform.As(Roles.Resident, "resident-names-other");

        foreach (var reader in new[] { viewer, neighbour })
        {
            var ticket = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
            var history = ticket.GetProperty("history");

            Assert.Equal(JsonValueKind.Null, history[0].GetProperty("byName").ValueKind);
            Assert.Equal(StaffName, history[1].GetProperty("byName").GetString());
            Assert.DoesNotContain(ResidentName, ticket.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Open311_shows_neither_the_residents_nor_the_staff_name()
    {
        var id = await FiledAndAcknowledged();

        var request = await new Open311Client(platform).Json($"requests/{id}.json");

        Assert.DoesNotContain(ResidentName, request.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(StaffName, request.GetRawText(), StringComparison.Ordinal);
    }

    private async Task<string> FiledAndAcknowledged()
    {
        using var reporter = Reporter();
        var filed = await reporter.PostAsJsonAsync("/api/v1/tickets", new
        {
            compoundId = Fangzhi + ".hualing-garden",
            category = "noise",
            channel = "walkIn",
            description = "Drilling after 22:00",
        });
        filed.EnsureSuccessStatusCode();
        var id = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var staff = Named(Roles.Staff, "grid-worker-names", StaffName, Fangzhi);
        (await staff.PostAsJsonAsync($"/api/v1/tickets/{id}/acknowledge", new { })).EnsureSuccessStatusCode();
        return id;
    }

    private HttpClient Reporter() => Named(Roles.Resident, "resident-names", ResidentName);

    private HttpClient Named(string role, string subject, string name, params string[] scopes)
    {
        var client = platform.CreateClient();
        var token = platform.Services.GetRequiredService<AccessTokens>().Issue(role, scopes, subject, name: name);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
