namespace OrleansGovernance.Api.Host;

/// <summary>
/// Keeps trying to reach the cluster for as long as the host runs: no gateway yet is the normal case when the API
/// starts before the silos or all silos restart at once. The wait doubles from half a second up to ten seconds.
/// </summary>
internal sealed partial class ConnectionRetry(ILogger<ConnectionRetry> logger) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(10);

    private TimeSpan _wait = TimeSpan.FromMilliseconds(500);

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        LogRetrying(logger, _wait, exception.Message);
        await Task.Delay(_wait, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _wait = _wait * 2 < Longest ? _wait * 2 : Longest;
        return !cancellationToken.IsCancellationRequested;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster not reachable yet, retrying in {Wait}: {Reason}")]
    private static partial void LogRetrying(ILogger logger, TimeSpan wait, string reason);
}
