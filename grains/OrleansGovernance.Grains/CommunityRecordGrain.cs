using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Grains;

/// <summary>
/// What a community's own records share (service days, recurring services): a book keyed by the community's id, opened
/// by its first write once the community is known to exist, that tells its community its figures after every durable
/// change (one way). Figures that move with the clock alone (a missed month, a missed delivery) are worked out from the
/// bounded book when read, and the version carries the China day beside the change count, so the community's periodic
/// pull (<see cref="ICommunityWorkGrain.GetWorkFigures"/>) takes up a new day's figures without any timer here.
/// </summary>
public abstract class CommunityRecordGrain<TBook>(IPersistentState<TBook> state, TimeProvider clock) : Grain, ICommunityWorkGrain
    where TBook : class
{
    // A day number (DateOnly.DayNumber) stays below this until long after 2100, so versions order by change, then day.
    private const long DaysPerChange = 1L << 20;

    // The figures of what storage holds: a read that interleaves with a write must not see the write before it is durable.
    private WorkFigures? _stored;
    private bool _writing;

    private protected abstract string Source { get; }

    private protected abstract TBook Open(string communityId);

    private protected abstract long ChangesOf(TBook book);

    private protected abstract string CommunityOf(TBook book);

    private protected abstract PlaceFigures FiguresOf(TBook book, DateTimeOffset now);

    private protected string CommunityId => this.GetPrimaryKeyString();

    private protected DateTimeOffset Now => clock.GetUtcNow();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stored = state.RecordExists ? Figures(state.State) : null;
        return Task.CompletedTask;
    }

    public Task<WorkFigures?> GetWorkFigures()
    {
        if (state.RecordExists && !_writing)
        {
            _stored = Figures(state.State);
        }

        return Task.FromResult(_stored);
    }

    /// <summary>The book, or an empty one when the community exists but nothing was written yet (which stores nothing).</summary>
    private protected async Task<TBook> Read()
    {
        if (state.RecordExists)
        {
            return state.State;
        }

        await Ask(community => community.GetProfile());
        DeactivateOnIdle();
        return Open(CommunityId);
    }

    /// <summary>Asks the community (NotFound when it does not exist, and then this activation goes too).</summary>
    private protected async Task<T> Ask<T>(Func<ICommunityGrain, Task<T>> question)
    {
        try
        {
            return await question(GrainFactory.GetGrain<ICommunityGrain>(CommunityId));
        }
        catch (DomainRuleException e) when (e.Violation == RuleViolation.NotFound)
        {
            if (!state.RecordExists)
            {
                DeactivateOnIdle();
            }

            throw;
        }
    }

    /// <summary>Applies a change to the book (opening it on its first write), makes it durable and tells the community.</summary>
    private protected async Task<TResult> Change<TResult>(Func<TBook, CommunityProfile, TResult> change)
    {
        var community = await Ask(c => c.GetProfile());
        TResult result = default!;
        _writing = true;
        try
        {
            await state.Update(this, stored =>
            {
                var book = state.RecordExists ? stored : Open(CommunityId);
                result = change(book, community);
                return book;
            });
        }
        finally
        {
            _writing = false;
        }

        await Tell();
        return result;
    }

    private protected async Task ImportBook(TBook book)
    {
        if (state.RecordExists)
        {
            return;
        }

        if (CommunityOf(book) != CommunityId)
        {
            throw DomainRuleException.Invalid($"the {Source} of '{CommunityOf(book)}' cannot be imported as those of '{CommunityId}'.");
        }

        await Ask(c => c.GetProfile());
        await state.Update(this, _ => book);
        await Tell();
    }

    private async Task Tell()
    {
        _stored = Figures(state.State);
        await GrainFactory.GetGrain<ICommunityGrain>(CommunityId).AcceptWork(_stored);
    }

    private WorkFigures Figures(TBook book)
    {
        var now = Now;
        return new WorkFigures(Source, (ChangesOf(book) * DaysPerChange) + ChinaTime.Date(now).DayNumber, FiguresOf(book, now));
    }
}
