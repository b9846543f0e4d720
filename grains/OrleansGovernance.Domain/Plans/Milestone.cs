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
    [Id(6)] public bool Done { get; set; }
    [Id(7)] public DateTimeOffset? DoneAt { get; set; }
    [Id(8)] public List<MilestoneTick> History { get; set; } = [];
}

/// <summary>A tick (done = true) or untick, with who, when and why.</summary>
[GenerateSerializer, Immutable, Alias("governance.milestone-tick")]
public sealed record MilestoneTick(
    [property: Id(0)] bool Done,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Note);
