using OrleansGovernance.Abstractions;
using OrleansGovernance.Abstractions.Webhooks;
using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Grains.Webhooks;

/// <remarks>
/// Reports arrive with every delivery's every step, so the log stores at most once per <see cref="FlushDelay"/>: a
/// silo lost meanwhile loses only the view's last moment, which the dispatchers' next reports put right; the
/// deliveries themselves are kept by their dispatchers. A dead letter, which waits for an administrator, is stored at
/// once.
/// </remarks>
public sealed class WebhookLogGrain(
    [PersistentState("webhook-log", GovernanceStorage.ProviderName)] IPersistentState<WebhookLogState> state) : Grain, IWebhookLogGrain
{
    /// <summary>Deliveries shown besides the dead letters.</summary>
    public const int RecentKept = 200;

    /// <summary>Dead letters shown at most; the dispatchers keep theirs.</summary>
    public const int DeadKept = 2000;

    private static readonly TimeSpan FlushDelay = TimeSpan.FromSeconds(1);

    private IGrainTimer? _flush;

    public async Task Report(WebhookDeliveryStatus status)
    {
        var deliveries = state.State.Deliveries;
        deliveries.RemoveAll(d => d.Id == status.Id && d.CompoundId == status.CompoundId);
        deliveries.Add(status);
        Trim(deliveries, d => d.State != DeliveryState.Dead, RecentKept);
        Trim(deliveries, d => d.State == DeliveryState.Dead, DeadKept);
        if (status.State == DeliveryState.Dead)
        {
            await Flush();
            return;
        }

        _flush ??= this.RegisterGrainTimer(Flush, new GrainTimerCreationOptions(FlushDelay, Timeout.InfiniteTimeSpan));
    }

    public Task<IReadOnlyList<WebhookDeliveryStatus>> Recent(DeliveryState? only, int take) =>
        Task.FromResult<IReadOnlyList<WebhookDeliveryStatus>>([.. state.State.Deliveries
            .Where(d => only is null || d.State == only)
            .Reverse()
            .Take(take)]);

    public Task<WebhookDeliveryStatus?> Find(string deliveryId) =>
        Task.FromResult(state.State.Deliveries.FindLast(d => d.Id == deliveryId));

    public async Task Clear()
    {
        _flush?.Dispose();
        _flush = null;
        state.State.Deliveries.Clear();
        await state.ClearStateAsync();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_flush is not null)
        {
            await Flush();
        }
    }

    private async Task Flush()
    {
        _flush?.Dispose();
        _flush = null;
        await state.WriteStateAsync();
    }

    private static void Trim(List<WebhookDeliveryStatus> deliveries, Func<WebhookDeliveryStatus, bool> kind, int kept)
    {
        var extra = deliveries.Count(kind) - kept;
        for (var i = 0; extra > 0 && i < deliveries.Count;)
        {
            if (kind(deliveries[i]))
            {
                deliveries.RemoveAt(i);
                extra--;
            }
            else
            {
                i++;
            }
        }
    }
}
