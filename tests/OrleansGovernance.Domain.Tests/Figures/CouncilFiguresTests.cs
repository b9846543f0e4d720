using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Domain.Tests.Figures;

/// <summary>A community's council counted by form and class, all-time and per year, with the quarters it missed.</summary>
public sealed class CouncilFiguresTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void Council_meetings_count_by_form_and_their_matters_by_class_per_year_beside_the_totals()
    {
        IReadOnlyList<Meeting> meetings =
        [
            Council(new DateTimeOffset(2025, 11, 3, 15, 0, 0, China), CouncilMeetingForm.Quarterly, MatterClass.Big, MatterClass.Urgent),
            Council(new DateTimeOffset(2026, 1, 20, 15, 0, 0, China), CouncilMeetingForm.SpecialTopic, MatterClass.Important),
            Council(new DateTimeOffset(2026, 2, 20, 15, 0, 0, China), CouncilMeetingForm.Forum),
            Council(new DateTimeOffset(2026, 3, 2, 15, 0, 0, China), null, (MatterClass?)null),
        ];

        var figures = FiguresCalculator.ForCommunity(new ThreeLists(), meetings, [], 0, new DateTimeOffset(2026, 5, 1, 0, 0, 0, China));

        var all = figures.Activity.Council;
        Assert.Equal((4, 4), (figures.Activity.CouncilMeetings, figures.Activity.AgreedMatters));
        Assert.Equal((1, 1, 1, 1), (all.Quarterly, all.SpecialTopic, all.Forum, all.FormUnrecorded));
        Assert.Equal((1, 1, 1, 1), (all.BigMatters, all.ImportantMatters, all.UrgentMatters, all.ClassUnrecorded));
        Assert.Equal((1, 0), (figures.Years[2025].Council.Quarterly, figures.Years[2025].Council.QuartersMissed));
        Assert.Equal((0, 1, 1), (figures.Years[2026].Council.Quarterly, figures.Years[2026].Council.SpecialTopic, figures.Years[2026].Council.QuartersMissed));
        Assert.Equal((2, 1), (all.QuartersJudged, all.QuartersMissed));
    }

    [Fact]
    public void Joint_meetings_leave_the_council_counts_empty()
    {
        var joint = new Meeting("m-1", MeetingKind.JointMeeting, "Joint", new DateTimeOffset(2024, 2, 1, 9, 0, 0, China), ["a"], [], [new AgreedMatter("Lift", "Done", [])], "wu", false);

        var figures = FiguresCalculator.ForCommunity(new ThreeLists(), [joint], [], 0, new DateTimeOffset(2026, 1, 1, 0, 0, 0, China));

        Assert.True(figures.Activity.Council.IsEmpty);
        Assert.Equal((1, 1), (figures.Activity.JointMeetings, figures.Activity.AgreedMatters));
    }

    private static Meeting Council(DateTimeOffset heldAt, CouncilMeetingForm? form, params MatterClass?[] classes) =>
        new($"m-{heldAt.ToUnixTimeSeconds()}", MeetingKind.CouncilMeeting, "Red Union Council", heldAt, ["吴斌斌"], [],
            [.. classes.Select(c => new AgreedMatter("Matter", "Agreed", []) { Class = c })], "wu", false, form);
}
