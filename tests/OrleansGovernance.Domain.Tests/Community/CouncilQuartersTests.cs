using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Domain.Tests.Community;

/// <summary>The council's quarterly rule: each ended quarter since its first meeting either held a quarterly meeting or is missed.</summary>
public sealed class CouncilQuartersTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void Quarters_run_from_the_first_council_meeting_to_the_last_ended_one_and_those_without_a_quarterly_meeting_are_missed()
    {
        Meeting[] meetings =
        [
            Council(new DateTimeOffset(2025, 2, 10, 15, 0, 0, China), CouncilMeetingForm.Quarterly),
            Council(new DateTimeOffset(2025, 5, 10, 15, 0, 0, China), CouncilMeetingForm.Forum),
            Council(new DateTimeOffset(2025, 8, 10, 15, 0, 0, China), CouncilMeetingForm.SpecialTopic),
            Council(new DateTimeOffset(2025, 9, 30, 15, 0, 0, China), CouncilMeetingForm.Quarterly),
            Council(new DateTimeOffset(2026, 1, 5, 15, 0, 0, China), CouncilMeetingForm.Quarterly),
        ];

        var judged = CouncilQuarters.Judged(meetings, new DateTimeOffset(2026, 2, 1, 0, 0, 0, China));

        Assert.Equal(["2025Q1", "2025Q2", "2025Q3", "2025Q4"], judged.Select(q => q.ToString()));
        Assert.Equal([true, false, true, false], judged.Select(q => q.Held));
    }

    [Fact]
    public void Quarters_are_china_time_so_a_meeting_late_on_the_last_utc_day_of_a_quarter_falls_in_the_next()
    {
        var meeting = Council(new DateTimeOffset(2025, 3, 31, 17, 0, 0, TimeSpan.Zero), CouncilMeetingForm.Quarterly);

        var judged = CouncilQuarters.Judged([meeting], new DateTimeOffset(2025, 7, 1, 0, 0, 0, China));

        Assert.Equal([("2025Q2", true)], judged.Select(q => (q.ToString(), q.Held)));
    }

    [Fact]
    public void A_community_with_only_joint_meetings_or_in_its_first_quarter_has_no_quarter_judged()
    {
        var joint = new Meeting("m-1", MeetingKind.JointMeeting, "Joint", new DateTimeOffset(2024, 2, 1, 9, 0, 0, China), ["a"], [], [], "wu", false);

        Assert.Empty(CouncilQuarters.Judged([joint], new DateTimeOffset(2026, 1, 1, 0, 0, 0, China)));
        Assert.Empty(CouncilQuarters.Judged([Council(new DateTimeOffset(2026, 1, 2, 9, 0, 0, China), CouncilMeetingForm.Forum)], new DateTimeOffset(2026, 3, 31, 0, 0, 0, China)));
    }

    [Fact]
    public void Council_meetings_recorded_before_forms_were_leave_their_quarters_unjudged_rather_than_missed()
    {
        var unrecordedForm = new Meeting("m-old", MeetingKind.CouncilMeeting, "Red Union Council", new DateTimeOffset(2023, 5, 1, 9, 0, 0, China), ["吴斌斌"], [], [], "wu", false);
        var quarterly = Council(new DateTimeOffset(2025, 11, 2, 9, 0, 0, China), CouncilMeetingForm.Quarterly);

        var judged = CouncilQuarters.Judged([unrecordedForm, quarterly], new DateTimeOffset(2026, 1, 5, 0, 0, 0, China));

        Assert.Equal([("2025Q4", true)], judged.Select(q => (q.ToString(), q.Held)));
    }

    private static Meeting Council(DateTimeOffset heldAt, CouncilMeetingForm form) =>
        new($"m-{heldAt.ToUnixTimeSeconds()}", MeetingKind.CouncilMeeting, "Red Union Council", heldAt, ["吴斌斌"], [], [], "wu", false, form);
}
