using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;
using static OrleansGovernance.Api.Tests.Open311Client;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// Staff notes are internal unless marked public; public notes and addresses reach anonymous readers only with phone
/// numbers, ID numbers and unit-level addresses screened out.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NoteVisibilityTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private const string PersonalNote = "called the reporter back on 13800001234; she lives in 7-1203";

    private readonly Open311Client _open311 = new(platform);

    [Fact]
    public async Task A_staff_note_is_internal_by_default_and_open311_shows_only_the_status()
    {
        var id = await FileAt("华铃花园");
        using var staff = platform.As(Roles.Staff, "grid-worker-notes", Fangzhi);
        (await staff.PostAsJsonAsync($"/api/v1/tickets/{id}/acknowledge", new { note = PersonalNote })).EnsureSuccessStatusCode();

        var request = Assert.Single((await _open311.Json($"requests/{id}.json")).EnumerateArray());

        Assert.Equal("acknowledged", request.GetProperty("status_notes").GetString());
        var viewer = await platform.As(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        Assert.DoesNotContain("13800001234", viewer.GetRawText(), StringComparison.Ordinal);
        var own = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        Assert.Equal(PersonalNote, own.GetProperty("history")[1].GetProperty("note").GetString());
        Assert.Equal("internal", own.GetProperty("history")[1].GetProperty("visibility").GetString());
    }

    [Fact]
    public async Task A_resident_reads_the_note_they_filed_with_while_other_residents_and_viewers_do_not()
    {
        using var resident = platform.As(Roles.Resident, "resident-notes-own");
        var filed = await resident.PostAsJsonAsync("/api/v1/tickets", new
        {
            compoundId = Fangzhi + ".hualing-garden",
            category = "noise",
            channel = "walkIn",
            description = "Drilling after 22:00",
            note = "I am at home after 19:00, room 1203",
        });
        filed.EnsureSuccessStatusCode();
        var id = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var own = await resident.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        var viewer = await platform.As(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        var neighbour = await platform.As(Roles.Resident, "resident-notes-other").GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");

        Assert.Equal("I am at home after 19:00, room 1203", own.GetProperty("history")[0].GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, viewer.GetProperty("history")[0].GetProperty("note").ValueKind);
        Assert.Equal(JsonValueKind.Null, neighbour.GetProperty("history")[0].GetProperty("note").ValueKind);
    }

    [Fact]
    public async Task A_public_note_and_the_address_are_screened_before_anonymous_readers_see_them()
    {
        var id = await FileAt("华铃花园 3栋1203室");
        using var staff = platform.As(Roles.Staff, "grid-worker-notes", Fangzhi);
        (await staff.PostAsJsonAsync($"/api/v1/tickets/{id}/acknowledge", new { note = PersonalNote + ", ID 350211198001011234", visibility = "public" })).EnsureSuccessStatusCode();

        var request = Assert.Single((await _open311.Json($"requests/{id}.json")).EnumerateArray());
        var notes = request.GetProperty("status_notes").GetString()!;
        var address = request.GetProperty("address").GetString()!;

        Assert.StartsWith("acknowledged: called the reporter back on", notes, StringComparison.Ordinal);
        foreach (var personal in new[] { "13800001234", "7-1203", "350211198001011234" })
        {
            Assert.DoesNotContain(personal, notes, StringComparison.Ordinal);
        }

        Assert.Contains("华铃花园", address, StringComparison.Ordinal);
        Assert.DoesNotContain("1203", address, StringComparison.Ordinal);
    }

    private async Task<string> FileAt(string addressString)
    {
        var response = await _open311.File("json", Fields(("service_code", "noise"), ("address_id", Hualing), ("address_string", addressString), ("description", "Drums at night")));
        return Assert.Single((await JsonOf(response, HttpStatusCode.Created)).EnumerateArray()).GetProperty("service_request_id").GetString()!;
    }
}
