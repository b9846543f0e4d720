using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Persistence.Tests.Facts;

/// <summary>
/// A fresh database of one dialect with today's migrations, its grain-state rows written the way grain storage
/// writes them, and the facts source reading it.
/// </summary>
public abstract class CompoundFactsStore : IAsyncDisposable
{
    public const string ServiceId = "test-service";

    public abstract ICompoundFactsSource Source { get; }

    /// <summary>Writes a grain's state as grain storage does (a new row, or the next version of it) and returns the stored version.</summary>
    public abstract Task<int> Store<T>(string stateName, string key, T state);

    /// <summary>Empties the outbox, as the stream's receivers do once every change is delivered.</summary>
    public abstract Task Deliver();

    public abstract ValueTask DisposeAsync();
}
