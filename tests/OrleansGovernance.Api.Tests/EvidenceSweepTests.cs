using Microsoft.Extensions.Logging.Abstractions;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Api.Plans;

namespace OrleansGovernance.Api.Tests;

public sealed class EvidenceSweepTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private readonly TurnedClock _clock = new(Start);
    private readonly InMemoryEvidenceStore _store = new();

    [Fact]
    public async Task At_start_files_no_step_named_for_a_day_go_and_younger_or_named_ones_stay()
    {
        await Upload("abandoned", Start.AddHours(-25));
        await Upload("fresh", Start.AddHours(-23));
        await Upload("attached", Start.AddHours(-30));
        await _store.MarkReferenced(["attached"], Start.AddHours(-29));

        using var sweep = new EvidenceSweep(_store, _clock, NullLogger<EvidenceSweep>.Instance);
        await sweep.StartAsync(CancellationToken.None);

        await Eventually(async () => await _store.Find("abandoned") is null);
        Assert.NotNull(await _store.Find("fresh"));
        Assert.NotNull(await _store.Find("attached"));
        await sweep.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Each_hour_the_sweep_runs_again_on_the_clock_of_that_hour()
    {
        await Upload("fresh", Start.AddHours(-23).AddMinutes(-30));
        using var sweep = new EvidenceSweep(_store, _clock, NullLogger<EvidenceSweep>.Instance);
        await sweep.StartAsync(CancellationToken.None);
        Assert.NotNull(await _store.Find("fresh"));

        _clock.Turn(TimeSpan.FromHours(1));

        await Eventually(async () => await _store.Find("fresh") is null);
        await sweep.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_round_that_fails_is_logged_and_the_next_hour_tries_again()
    {
        await Upload("abandoned", Start.AddDays(-3));
        var flaky = new FailingOnce(_store);
        using var sweep = new EvidenceSweep(flaky, _clock, NullLogger<EvidenceSweep>.Instance);
        await sweep.StartAsync(CancellationToken.None);
        await Eventually(() => Task.FromResult(flaky.Rounds == 1));
        Assert.NotNull(await _store.Find("abandoned"));

        _clock.Turn(TimeSpan.FromHours(1));

        await Eventually(async () => await _store.Find("abandoned") is null);
        Assert.False(sweep.ExecuteTask!.IsFaulted);
        await sweep.StopAsync(CancellationToken.None);
    }

    private Task Upload(string id, DateTimeOffset at) =>
        _store.Save(new EvidenceFile(id, "plan-1", "m-1", id + ".jpg", "image/jpeg", new byte[] { 1, 2, 3 }, "owner-1", at));

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "the sweep did not get there within 10 s");
            await Task.Delay(10);
        }
    }

    /// <summary>A clock the test turns: its timers fire only when it is turned past their period.</summary>
    private sealed class TurnedClock(DateTimeOffset now) : TimeProvider
    {
        private readonly List<TurnedTimer> _timers = [];

        public override DateTimeOffset GetUtcNow() => now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new TurnedTimer(callback, state, period);
            lock (_timers)
            {
                _timers.Add(timer);
            }

            return timer;
        }

        public void Turn(TimeSpan by)
        {
            now += by;
            lock (_timers)
            {
                foreach (var timer in _timers.Where(t => t.Period > TimeSpan.Zero && t.Period <= by))
                {
                    timer.Fire();
                }
            }
        }
    }

    private sealed class TurnedTimer(TimerCallback callback, object? state, TimeSpan period) : ITimer
    {
        public TimeSpan Period { get; private set; } = period;

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Period = period;
            return true;
        }

        public void Dispose() => Period = Timeout.InfiniteTimeSpan;

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>The store with its database down for the first round.</summary>
    private sealed class FailingOnce(IEvidenceStore store) : IEvidenceStore
    {
        public int Rounds { get; private set; }

        public Task<int> DeleteUnreferenced(DateTimeOffset uploadedBefore, CancellationToken cancellationToken = default) =>
            ++Rounds == 1 ? throw new TimeoutException("the database did not answer") : store.DeleteUnreferenced(uploadedBefore, cancellationToken);

        public Task Save(EvidenceFile file, CancellationToken cancellationToken = default) => store.Save(file, cancellationToken);

        public Task<EvidenceFile?> Find(string id, CancellationToken cancellationToken = default) => store.Find(id, cancellationToken);

        public Task<EvidenceFacts?> Describe(string id, CancellationToken cancellationToken = default) => store.Describe(id, cancellationToken);

        public Task MarkReferenced(IReadOnlyCollection<string> ids, DateTimeOffset at, CancellationToken cancellationToken = default) =>
            store.MarkReferenced(ids, at, cancellationToken);

        public Task<int> CountUnreferenced(string planId, string milestoneId, CancellationToken cancellationToken = default) =>
            store.CountUnreferenced(planId, milestoneId, cancellationToken);
    }
}
