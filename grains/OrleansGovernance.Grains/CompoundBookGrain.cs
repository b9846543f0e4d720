using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Grains;

/// <summary>
/// What a compound's ledger and seal register share: a book keyed by the compound's id, kept only while the
/// compound carries the flag that calls for it, opened by its first write. Its compound hears of every durable change
/// through the outbox row the database writes with it (see <see cref="CompoundChanges"/>) and reads the book's facts.
/// </summary>
public abstract class CompoundBookGrain<TBook, TFacts>(IPersistentState<TBook> state) : Grain
    where TBook : class
    where TFacts : class
{
    // The facts of what storage holds: a read that interleaves with a write must not see the write before it is durable.
    private TFacts? _stored;

    private protected abstract string What { get; }

    private protected abstract bool Keeps(CompoundProfile compound);

    private protected abstract TBook Open(string compoundId);

    private protected abstract TFacts FactsOf(TBook book);

    private protected abstract string CompoundOf(TBook book);

    private string CompoundId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stored = state.RecordExists ? FactsOf(state.State) : null;
        return Task.CompletedTask;
    }

    public Task<TFacts?> FindFacts() => Task.FromResult(_stored);

    /// <summary>The book, or an empty one when the compound keeps it but nothing was written yet (which stores nothing).</summary>
    private protected async Task<TBook> Read()
    {
        if (state.RecordExists)
        {
            return state.State;
        }

        await RequireKept();
        DeactivateOnIdle();
        return Open(CompoundId);
    }

    /// <summary>Applies a change to the book (opening it on its first write), makes it durable and tells the compound.</summary>
    private protected async Task<TResult> Change<TResult>(Func<TBook, TResult> change)
    {
        await RequireKept();
        TResult result = default!;
        await state.Update(this, stored =>
        {
            var book = state.RecordExists ? stored : Open(CompoundId);
            result = change(book);
            return book;
        });
        Stored();
        return result;
    }

    private protected async Task ImportBook(TBook book)
    {
        if (state.RecordExists)
        {
            return;
        }

        if (CompoundOf(book) != CompoundId)
        {
            throw DomainRuleException.Invalid($"the {What} of '{CompoundOf(book)}' cannot be imported as that of '{CompoundId}'.");
        }

        await RequireKept();
        await state.Update(this, _ => book);
        Stored();
    }

    private async Task RequireKept()
    {
        var compound = await GrainFactory.GetGrain<ICompoundGrain>(CompoundId).GetProfile();
        if (!Keeps(compound))
        {
            DeactivateOnIdle();
            throw DomainRuleException.NotFound(What, CompoundId);
        }
    }

    private void Stored() => _stored = FactsOf(state.State);
}
