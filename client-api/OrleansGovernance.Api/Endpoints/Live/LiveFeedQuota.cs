using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OrleansGovernance.Api.Endpoints.Live;

/// <summary>
/// How many live feeds each client holds open: every feed keeps a connection and a subscription at a place grain, so
/// one client may hold at most <see cref="LiveOptions.MaxFeedsPerClient"/> of them (a dashboard needs a handful).
/// </summary>
internal sealed class LiveFeedQuota(IOptions<LiveOptions> options)
{
    private readonly int _max = options.Value.MaxFeedsPerClient;
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>A place for one more feed of <paramref name="client"/>, given back on dispose; null when it holds its maximum.</summary>
    public IDisposable? TryTake(string client)
    {
        while (true)
        {
            var held = _open.GetOrAdd(client, 0);
            if (held >= _max)
            {
                return null;
            }

            if (_open.TryUpdate(client, held + 1, held))
            {
                return new Place(this, client);
            }
        }
    }

    private void Give(string client)
    {
        while (true)
        {
            var held = _open[client];
            if (held == 1 ? _open.TryRemove(new KeyValuePair<string, int>(client, 1)) : _open.TryUpdate(client, held - 1, held))
            {
                return;
            }
        }
    }

    private sealed class Place(LiveFeedQuota quota, string client) : IDisposable
    {
        private int _given;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _given, 1) == 0)
            {
                quota.Give(client);
            }
        }
    }
}
