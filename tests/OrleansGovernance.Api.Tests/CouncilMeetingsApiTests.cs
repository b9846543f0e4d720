using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrleansGovernance.Api.Tests;

/// <summary>Lianting's seeded Red Union Council (红联议事厅) over HTTP: matters refused without the seats their class needs, old joint meetings as before.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CouncilMeetingsApiTests(PlatformFixture platform)
{
    private const string Lianting = "xiamen.jimei.xinglin.lianting";
    private const string Yueyuan = Lianting + ".lianhua-xincheng-yueyuan";
    private const string Meetings = $"/api/v1/communities/{Lianting}/meetings";

    private static readonly object[] YueyuanSeats =
    [
        new { party = "communityPartyCommittee" }, new { party = "environmentAndPropertyCommitteeHead" },
        new { party = "compoundBranchSecretary", compoundId = Yueyuan }, new { party = "ownersCommitteeChair", compoundId = Yueyuan },
        new { party = "propertyManager", compoundId = Yueyuan },
    ];

    private HttpClient Staff => platform.As(Access.Roles.Staff, "staff-council", Lianting);

    [Fact]
    public async Task A_big_matter_discussed_without_the_property_manager_is_refused_with_400_naming_it_and_nothing_is_recorded()
    {
        var before = await Staff.GetStringAsync(Meetings);

        var refused = await Staff.PostAsJsonAsync(Meetings, Council("big", YueyuanSeats[..4]));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"missing from the discussion: propertyManager of {Yueyuan}", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await Staff.GetStringAsync(Meetings));
    }

    [Fact]
    public async Task A_big_matter_discussed_by_every_seat_it_needs_is_recorded_with_its_form_and_class()
    {
        var recorded = await Staff.PostAsJsonAsync(Meetings, Council("big", YueyuanSeats));

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var meeting = await recorded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("specialTopic", meeting.GetProperty("form").GetString());
        var matter = meeting.GetProperty("agreedMatters")[0];
        Assert.Equal("big", matter.GetProperty("class").GetString());
        Assert.Equal(5, matter.GetProperty("tookPart").GetArrayLength());
    }

    [Fact]
    public async Task A_joint_meeting_as_old_clients_send_it_without_form_or_class_is_still_recorded()
    {
        var recorded = await Staff.PostAsJsonAsync(Meetings, new
        {
            meeting = new
            {
                kind = "jointMeeting",
                title = "Joint meeting on bicycle sheds",
                attendees = new[] { "community", "property" },
                agenda = new[] { new { title = "Sheds" } },
                agreedMatters = new[] { new { title = "Build two sheds", outcome = "Property builds them", settlesTickets = Array.Empty<string>() } },
            },
        });

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var meeting = await recorded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, meeting.GetProperty("form").ValueKind);
        Assert.Equal(JsonValueKind.Null, meeting.GetProperty("agreedMatters")[0].GetProperty("class").ValueKind);
    }

    [Fact]
    public async Task A_council_meeting_without_its_form_is_refused()
    {
        var body = JsonSerializer.SerializeToNode(Council("big", YueyuanSeats))!;
        body["meeting"]!.AsObject().Remove("form");

        var refused = await Staff.PostAsJsonAsync(Meetings, body);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("names its form", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_council_shows_each_member_with_the_party_and_compound_they_sit_for()
    {
        var community = await platform.As(Access.Roles.Viewer, "viewer-council").GetFromJsonAsync<JsonElement>($"/api/v1/communities/{Lianting}");

        var members = community.GetProperty("council").GetProperty("members").EnumerateArray()
            .Select(m => (m.GetProperty("party").GetString(), m.GetProperty("compoundId").GetString())).ToList();
        Assert.Contains(("communityPartyCommittee", null), members);
        Assert.Contains(("ownersCommitteeChair", Yueyuan), members);
        Assert.Equal(7, members.Count(m => m.Item1 == "propertyManager"));
    }

    [Fact]
    public async Task The_summary_counts_lianting_council_meetings_by_form_and_matters_by_class_and_its_missed_quarters()
    {
        var summary = await platform.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/communities/{Lianting}/summary");

        var council = summary.GetProperty("meetings").GetProperty("council");
        Assert.True(council.GetProperty("quarterly").GetInt32() > 0 && council.GetProperty("specialTopic").GetInt32() > 0 && council.GetProperty("forum").GetInt32() > 0);
        Assert.True(council.GetProperty("bigMatters").GetInt32() > 0 && council.GetProperty("importantMatters").GetInt32() > 0 && council.GetProperty("urgentMatters").GetInt32() > 0);
        Assert.True(council.GetProperty("quartersMissed").GetInt32() > 0);
        Assert.Equal(1, summary.GetProperty("years").GetProperty("2023").GetProperty("council").GetProperty("specialTopic").GetInt32());
        var aims = summary.GetProperty("fourAims");
        var precision = aims.GetProperty("precision").GetProperty("settledWithoutReopening");
        Assert.True(precision.GetProperty("denominator").GetInt32() >= precision.GetProperty("numerator").GetInt32());
    }

    private static object Council(string matterClass, object[] tookPart) => new
    {
        meeting = new
        {
            kind = "councilMeeting",
            form = "specialTopic",
            title = "Red Union Council on the west gate's lighting",
            attendees = new[] { "Lianting community party committee", "Lianhua Xincheng Yueyuan branch, owners' committee and property" },
            agenda = new[] { new { title = "Lighting at the west gate" } },
            agreedMatters = new[]
            {
                new
                {
                    title = "Light the west gate",
                    outcome = "Two lamps on the gate posts",
                    settlesTickets = Array.Empty<string>(),
                    @class = matterClass,
                    concerns = new[] { Yueyuan },
                    tookPart,
                },
            },
        },
    };
}
