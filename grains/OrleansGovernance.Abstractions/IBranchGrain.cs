using Orleans.Concurrency;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Abstractions;

/// <summary>The party branch of a compound, keyed by the compound's id.</summary>
[Alias("governance.IBranchGrain")]
public interface IBranchGrain : IGrainWithStringKey
{
    /// <summary>Creates or replaces the branch; its compound must exist.</summary>
    [Alias("Define")]
    Task<BranchProfile> Define(BranchProfile profile);

    [Alias("GetProfile")]
    Task<BranchProfile> GetProfile();

    /// <summary>The branch, or null when the compound has none; never creates one.</summary>
    /// <remarks>
    /// Interleaves: a branch being defined waits on its compound (does it exist?) while the compound, told of the
    /// branch's previous change, may be reading the branch. Without interleaving the two would wait for each other
    /// until the call timed out.
    /// </remarks>
    [AlwaysInterleave]
    [Alias("Find")]
    Task<BranchProfile?> Find();

    [Alias("SetSecretary")]
    Task<BranchProfile> SetSecretary(Secretary secretary);

    [Alias("SetDeputySecretary")]
    Task<BranchProfile> SetDeputySecretary(DeputySecretary? deputy);

    [Alias("AddAssignedCadre")]
    Task<BranchProfile> AddAssignedCadre(AssignedCadre cadre);

    [Alias("AddVanguardTeam")]
    Task<BranchProfile> AddVanguardTeam(VanguardTeam team);
}
