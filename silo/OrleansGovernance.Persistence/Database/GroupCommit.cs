using System.Threading.Channels;

namespace OrleansGovernance.Persistence.Database;

/// <summary>
/// Group commit: writes that arrive while a commit is under way wait for the next one, which carries all of them.
/// Under load the database flushes its log once per batch instead of once per write; when idle, a write commits at
/// once, alone. Each writer waits until its own write is committed, so nothing is acknowledged before it is durable.
/// </summary>
/// <remarks>
/// <paramref name="commit"/> commits a batch and answers one result per write, in order; if it throws, every write
/// of the batch fails with that exception. Several committers may run at once: callers that must not have two of
/// their writes in flight together (a grain and its state) already wait for the first before sending the second.
/// </remarks>
public sealed class GroupCommit<TWrite, TResult> : IAsyncDisposable
{
    private readonly Func<IReadOnlyList<TWrite>, Task<IReadOnlyList<TResult>>> _commit;
    private readonly int _maxBatch;
    private readonly Channel<(TWrite Write, TaskCompletionSource<TResult> Done)> _queue;
    private readonly Task[] _committers;

    public GroupCommit(Func<IReadOnlyList<TWrite>, Task<IReadOnlyList<TResult>>> commit, int maxBatch, int committers)
    {
        _commit = commit;
        _maxBatch = maxBatch;
        _queue = Channel.CreateUnbounded<(TWrite, TaskCompletionSource<TResult>)>(new UnboundedChannelOptions { SingleReader = committers == 1 });
        _committers = [.. Enumerable.Range(0, committers).Select(_ => Task.Run(CommitBatches))];
    }

    /// <summary>Completes once <paramref name="write"/> is committed, with its result.</summary>
    public Task<TResult> Submit(TWrite write)
    {
        var done = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        return _queue.Writer.TryWrite((write, done))
            ? done.Task
            : Task.FromException<TResult>(new ObjectDisposedException(GetType().Name));
    }

    /// <summary>Takes no more writes, and commits those already taken.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_committers);
    }

    private async Task CommitBatches()
    {
        var batch = new List<(TWrite Write, TaskCompletionSource<TResult> Done)>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                var results = await _commit([.. batch.Select(p => p.Write)]);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(results[i]);
                }
            }
            catch (Exception failure)
            {
                batch.ForEach(p => p.Done.TrySetException(failure));
            }
        }
    }
}
