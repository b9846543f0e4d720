using Orleans.Concurrency;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Abstractions;

/// <summary>
/// A record a community keeps in a grain of its own, keyed by the community's id (door visits, service days, the party
/// register, recurring services): kept apart so the community's own row stays small, its figures added to the
/// community's. The record tells the community of every change (<see cref="ICommunityGrain.AcceptWork"/>); a community
/// that (re)activates asks the records it has heard from.
/// </summary>
[Alias("governance.ICommunityWorkGrain")]
public interface ICommunityWorkGrain : IGrainWithStringKey
{
    /// <summary>
    /// The record's current figures, or none if it records nothing yet. Interleaves: a community asks while the record
    /// may itself be waiting on the community, and answering only reads.
    /// </summary>
    [Alias("GetWorkFigures"), AlwaysInterleave]
    Task<WorkFigures?> GetWorkFigures();
}

/// <summary>
/// A community record's figures under its source name (one of <see cref="CommunityWork.Sources"/>). The version rises
/// with every change the record keeps, across activations, so a community keeps only the newest it has seen.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.work-figures")]
public sealed record WorkFigures(
    [property: Id(0)] string Source,
    [property: Id(1)] long Version,
    [property: Id(2)] PlaceFigures Figures);
