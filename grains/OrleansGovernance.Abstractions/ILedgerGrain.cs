using Orleans.Concurrency;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Abstractions;

/// <summary>
/// The public-revenue ledger of a compound under agency bookkeeping, keyed by the compound's id. It is opened by its
/// first entry; writes are refused unless the compound is flagged for bookkeeping.
/// </summary>
[Alias("governance.ILedgerGrain")]
public interface ILedgerGrain : IGrainWithStringKey
{
    /// <summary>The ledger (empty until its first entry); NotFound unless the compound keeps one.</summary>
    [Alias("Get")]
    Task<Ledger> Get();

    [Alias("Record")]
    Task<LedgerEntry> Record(LedgerEntryDraft draft, Stamp stamp);

    [Alias("Approve")]
    Task<LedgerEntry> Approve(int number, ApprovingParty party, Stamp stamp);

    [Alias("Refuse")]
    Task<LedgerEntry> Refuse(int number, ApprovingParty party, Stamp stamp);

    /// <summary>Posts the reversal of a posted entry; answers the reversing entry.</summary>
    [Alias("Reverse")]
    Task<LedgerEntry> Reverse(int number, Stamp stamp);

    [Alias("SetThreshold")]
    Task<Ledger> SetThreshold(decimal yuan, Stamp stamp);

    /// <summary>Loads a ledger whose history was built elsewhere (seeding). Does nothing if the ledger exists.</summary>
    [Alias("Import")]
    Task Import(Ledger ledger);

    /// <summary>The facts of what is stored, or null when nothing is; never creates the ledger.</summary>
    /// <remarks>Interleaves: a write waits on the compound (is it flagged?) while the compound may be reading these facts.</remarks>
    [AlwaysInterleave]
    [Alias("FindFacts")]
    Task<LedgerFacts?> FindFacts();
}
