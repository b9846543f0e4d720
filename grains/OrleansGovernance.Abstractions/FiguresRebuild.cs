namespace OrleansGovernance.Abstractions;

/// <summary>What rebuilding a compound's figures from durable storage read, and how long it took.</summary>
[GenerateSerializer, Immutable, Alias("governance.figures-rebuild")]
public sealed record FiguresRebuild(
    [property: Id(0)] int TicketsRead,
    [property: Id(1)] int PlansRead,
    [property: Id(2)] int TicketsWatched,
    [property: Id(3)] TimeSpan Took);
