namespace OrleansGovernance.Domain.Plans;

public enum MilestoneKind
{
    Roadwork,     // 道路路面改造
    Shelter,      // 非机动车停车棚
    Security,     // 安防系统
    ServiceHome,  // 党群之家
    Other,
}

[GenerateSerializer, Alias("governance.milestone")]
public sealed class Milestone
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string Title { get; set; } = "";
    [Id(2)] public MilestoneKind Kind { get; set; }
    [Id(3)] public DateOnly Due { get; set; }
    [Id(4)] public int Weight { get; set; } = 1;
    [Id(5)] public string Owner { get; set; } = "";
    [Id(7)] public DateTimeOffset? DoneAt { get; set; }
    [Id(8)] public List<MilestoneTick> History { get; set; } = [];

    /// <summary>The title in Chinese; empty when the plan was written in one language only.</summary>
    [Id(9)] public string TitleZh { get; set; } = "";

    [Id(10)] public string OwnerZh { get; set; } = "";

    [Id(11)] public MilestoneState State { get; set; }

    /// <summary>Done or inspected: what the plan's progress and the figures count.</summary>
    public bool Done => State.CountsDone();

    /// <summary>Days past its due date while not done (超期 N 天); 0 when done or not yet due.</summary>
    public int OverdueDays(DateOnly today) => Done || Due >= today ? 0 : today.DayNumber - Due.DayNumber;
}

/// <summary>
/// One step of a milestone, with who (subject and display name), when, why, the state it left the milestone in and the
/// evidence (photos, documents) attached to it.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.milestone-tick")]
public sealed record MilestoneTick(
    [property: Id(4)] MilestoneStep Step,
    [property: Id(5)] MilestoneState State,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Note,
    [property: Id(6)] string? ByName = null,
    [property: Id(7)] IReadOnlyList<EvidenceRef>? Evidence = null)
{
    /// <summary>Whether the milestone counted as done after this step (what a tick or untick used to record).</summary>
    public bool Done => State.CountsDone();

    /// <summary>Records compare their lists by reference; two steps are the same when their evidence is the same.</summary>
    public bool Equals(MilestoneTick? other) =>
        other is not null && (Step, State, By, At, Note, ByName) == (other.Step, other.State, other.By, other.At, other.Note, other.ByName)
        && (Evidence ?? []).SequenceEqual(other.Evidence ?? []);

    public override int GetHashCode() => HashCode.Combine(Step, State, By, At, Note, ByName, (Evidence ?? []).Count);
}
