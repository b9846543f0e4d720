using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Bench;

/// <summary>
/// A live subscriber of a place's figures (a grain observer) that completes each waiter once the "rejected" count
/// reaches the waiter's number: the probes of the freshness benchmarks reject a ticket each, and nothing else rejects.
/// </summary>
internal sealed class CityWatcher : IFiguresObserver
{
    private readonly List<(int Count, TaskCompletionSource Done)> _waiting = [];
    private int _rejected;

    public Task WhenRejected(int count)
    {
        lock (_waiting)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_rejected >= count)
            {
                done.SetResult();
            }
            else
            {
                _waiting.Add((count, done));
            }

            return done.Task;
        }
    }

    public Task OnFigures(PlaceReport report)
    {
        lock (_waiting)
        {
            _rejected = Math.Max(_rejected, report.Figures.Requests.Rejected);
            foreach (var waiter in _waiting.Where(w => w.Count <= _rejected).ToList())
            {
                waiter.Done.TrySetResult();
                _waiting.Remove(waiter);
            }
        }

        return Task.CompletedTask;
    }
}
