using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Ledger;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Grains;

public sealed class LedgerGrain(
    [PersistentState("ledger", GovernanceStorage.ProviderName)] IPersistentState<Ledger> state) : CompoundBookGrain<Ledger, LedgerFacts>(state), ILedgerGrain
{
    private protected override string What => "ledger";

    public Task<Ledger> Get() => Read();

    public Task<LedgerEntry> Record(LedgerEntryDraft draft, Stamp stamp) => Change(l => l.Record(draft, stamp));

    public Task<LedgerEntry> Approve(int number, ApprovingParty party, Stamp stamp) => Change(l => l.Approve(number, party, stamp));

    public Task<LedgerEntry> Refuse(int number, ApprovingParty party, Stamp stamp) => Change(l => l.Refuse(number, party, stamp));

    public Task<LedgerEntry> Reverse(int number, Stamp stamp) => Change(l => l.Reverse(number, stamp));

    public Task<Ledger> SetThreshold(decimal yuan, Stamp stamp)
    {
        stamp.Validate();
        return Change(l =>
        {
            l.SetThreshold(yuan);
            return l;
        });
    }

    public Task Import(Ledger ledger) => ImportBook(ledger);

    private protected override bool Keeps(CompoundProfile compound) => compound.Bookkeeping;

    private protected override Ledger Open(string compoundId) => Ledger.Open(compoundId);

    private protected override LedgerFacts FactsOf(Ledger book) => book.Facts;

    private protected override string CompoundOf(Ledger book) => book.CompoundId;

}
