using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// A delivery and where it stands: pending (with its next attempt), delivered, or dead (given up; retry or discard it).
/// <see cref="LastError"/> names what went wrong without a response's content: status, timeout, connection, dns, tls.
/// </summary>
public sealed record WebhookDeliveryView(
    string Id,
    string CompoundId,
    string TicketId,
    string Event,
    DeliveryState State,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset OccurredAt,
    DateTimeOffset QueuedAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt)
{
    public static WebhookDeliveryView Of(WebhookDeliveryStatus source) => new(
        source.Id,
        source.CompoundId,
        source.TicketId,
        source.Event,
        source.State,
        source.Attempts,
        source.LastStatusCode,
        source.LastError,
        ChinaTime.ToChina(source.OccurredAt),
        ChinaTime.ToChina(source.QueuedAt),
        China(source.LastAttemptAt),
        China(source.NextAttemptAt),
        China(source.DeliveredAt));

    private static DateTimeOffset? China(DateTimeOffset? at) => at is { } value ? ChinaTime.ToChina(value) : null;
}
