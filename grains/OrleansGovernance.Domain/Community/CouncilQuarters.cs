namespace OrleansGovernance.Domain.Community;

/// <summary>
/// The council's quarterly rule: it meets at least once a quarter (季度会议). Quarters are counted from the one of
/// the council's first meeting recorded with its form, to the last quarter that has ended; one without a quarterly
/// meeting is missed. Meetings recorded before forms were (stored shape 1) say nothing of the rule, so the quarters
/// before the first form are not judged rather than all missed. The quarter still under way is not judged.
/// </summary>
public static class CouncilQuarters
{
    /// <summary>Each ended quarter since the first council meeting, oldest first, and whether a quarterly meeting was held in it.</summary>
    public static IReadOnlyList<QuarterHeld> Judged(IEnumerable<Meeting> meetings, DateTimeOffset now)
    {
        var council = meetings.Where(m => m.Kind == MeetingKind.CouncilMeeting && m.Form is not null).ToList();
        if (council.Count == 0)
        {
            return [];
        }

        var held = council.Where(m => m.Form == CouncilMeetingForm.Quarterly).Select(m => Index(m.HeldAt)).ToHashSet();
        var first = council.Min(m => Index(m.HeldAt));
        var current = Index(now);
        return [.. Enumerable.Range(first, Math.Max(0, current - first)).Select(q => new QuarterHeld(q / 4, (q % 4) + 1, held.Contains(q)))];
    }

    /// <summary>Quarters numbered on from year 0, so a run of them is a range of integers.</summary>
    private static int Index(DateTimeOffset at)
    {
        var local = ChinaTime.ToChina(at);
        return (local.Year * 4) + ((local.Month - 1) / 3);
    }
}

/// <summary>One calendar quarter (China time) and whether the council held its quarterly meeting in it.</summary>
public sealed record QuarterHeld(int Year, int Quarter, bool Held)
{
    public override string ToString() => $"{Year}Q{Quarter}";
}
