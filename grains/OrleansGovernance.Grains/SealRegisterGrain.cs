using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Seals;

namespace OrleansGovernance.Grains;

public sealed class SealRegisterGrain(
    [PersistentState("seal-register", GovernanceStorage.ProviderName)] IPersistentState<SealRegister> state) : CompoundBookGrain<SealRegister, SealFacts>(state), ISealRegisterGrain
{
    private protected override string What => "seal register";

    public Task<SealRegister> Get() => Read();

    public Task<SealRequest> Request(SealRequestDraft draft, Stamp stamp) => Change(r => r.Request(draft, stamp));

    public Task<SealRequest> Approve(int number, Stamp stamp) => Change(r => r.Approve(number, stamp));

    public Task<SealRequest> Refuse(int number, Stamp stamp) => Change(r => r.Refuse(number, stamp));

    public Task<SealRequest> Use(int number, Stamp stamp) => Change(r => r.Use(number, stamp));

    public Task Import(SealRegister register) => ImportBook(register);

    private protected override bool Keeps(CompoundProfile compound) => compound.DualSeal;

    private protected override SealRegister Open(string compoundId) => SealRegister.Open(compoundId);

    private protected override SealFacts FactsOf(SealRegister book) => book.Facts;

    private protected override string CompoundOf(SealRegister book) => book.CompoundId;

}
