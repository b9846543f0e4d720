using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Idempotency;

/// <summary>For memory storage (tests): keys live as long as the process.</summary>
internal sealed class InMemoryIdempotencyStore(TimeProvider clock) : IIdempotencyStore
{
    private readonly Dictionary<(string Caller, string Key), Entry> _entries = [];

    public Task<IdempotencyClaim> Claim(string caller, string key, string fingerprint, string resourceId, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        lock (_entries)
        {
            if (!_entries.TryGetValue((caller, key), out var entry))
            {
                _entries[(caller, key)] = new Entry(fingerprint, resourceId, now, null);
                return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Reserved(resourceId));
            }

            IdempotencyClaim claim = entry switch
            {
                _ when entry.Fingerprint != fingerprint => new IdempotencyClaim.Mismatch(),
                { Answer: { } answer } => new IdempotencyClaim.Answered(answer),
                _ when entry.ReservedAt < now - lease => new IdempotencyClaim.Reserved(entry.ResourceId),
                _ => new IdempotencyClaim.InProgress(),
            };
            if (claim is IdempotencyClaim.Reserved)
            {
                _entries[(caller, key)] = entry with { ReservedAt = now };
            }

            return Task.FromResult(claim);
        }
    }

    public Task Answer(string caller, string key, RecordedAnswer answer, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue((caller, key), out var entry))
            {
                _entries[(caller, key)] = entry with { Answer = answer };
            }
        }

        return Task.CompletedTask;
    }

    public Task Release(string caller, string key, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue((caller, key), out var entry) && entry.Answer is null)
            {
                _entries.Remove((caller, key));
            }
        }

        return Task.CompletedTask;
    }

    public Task Abandon(string caller, string key, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue((caller, key), out var entry) && entry.Answer is null)
            {
                _entries[(caller, key)] = entry with { ReservedAt = IIdempotencyStore.LeaseOver(clock.GetUtcNow(), lease) };
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> ForgetBefore(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            var old = _entries.Where(e => e.Value.ReservedAt < cutoff).Select(e => e.Key).ToList();
            old.ForEach(k => _entries.Remove(k));
            return Task.FromResult(old.Count);
        }
    }

    private sealed record Entry(string Fingerprint, string ResourceId, DateTimeOffset ReservedAt, RecordedAnswer? Answer);
}
