using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Api.Contracts;

/// <summary>What rebuilding a compound's figures from durable storage read, as the API shows it.</summary>
public sealed record FiguresRebuildView(int TicketsRead, int PlansRead, int TicketsWatched, double TookMilliseconds)
{
    public static FiguresRebuildView Of(FiguresRebuild source) =>
        new(source.TicketsRead, source.PlansRead, source.TicketsWatched, Math.Round(source.Took.TotalMilliseconds, 3));
}
