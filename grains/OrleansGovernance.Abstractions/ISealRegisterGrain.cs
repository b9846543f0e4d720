using Orleans.Concurrency;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Seals;

namespace OrleansGovernance.Abstractions;

/// <summary>
/// The assembly-seal register of a dual-seal compound, keyed by the compound's id: the committee's requests to use
/// the seal the community keeps, their decisions and uses. Writes are refused unless the compound has the dual-seal rule.
/// </summary>
[Alias("governance.ISealRegisterGrain")]
public interface ISealRegisterGrain : IGrainWithStringKey
{
    /// <summary>The register (empty until the first request); NotFound unless the compound has the dual-seal rule.</summary>
    [Alias("Get")]
    Task<SealRegister> Get();

    [Alias("Request")]
    Task<SealRequest> Request(SealRequestDraft draft, Stamp stamp);

    [Alias("Approve")]
    Task<SealRequest> Approve(int number, Stamp stamp);

    [Alias("Refuse")]
    Task<SealRequest> Refuse(int number, Stamp stamp);

    /// <summary>Records that the seal was applied, on an approved request only.</summary>
    [Alias("Use")]
    Task<SealRequest> Use(int number, Stamp stamp);

    /// <summary>Loads a register built elsewhere (seeding). Does nothing if the register exists.</summary>
    [Alias("Import")]
    Task Import(SealRegister register);

    /// <summary>The facts of what is stored, or null when nothing is; never creates the register.</summary>
    [AlwaysInterleave]
    [Alias("FindFacts")]
    Task<SealFacts?> FindFacts();
}
