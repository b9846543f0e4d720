using System.Text.Json;
using System.Text.Json.Serialization;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Outbound;

/// <summary>
/// The body of a delivery: which event, when, and the request's facts and places. It carries no personal data and no
/// text a resident wrote (no reporter, description, address or notes): a receiver outside the platform learns that
/// something happened and asks the API, with its own access rights, for whatever more it may see.
/// </summary>
public sealed record WebhookPayload(string Id, string Event, DateTimeOffset OccurredAt, WebhookTicket Ticket, WebhookPlace Place)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>"request." and the event's name: request.acknowledged, request.marked-duplicate, ….</summary>
    public static string EventName(TicketEvent ticketEvent) => "request." + ticketEvent.Name();

    /// <summary>The id a receiver deduplicates by: one per request, stored version and event, the same for every attempt.</summary>
    public static string DeliveryId(string ticketId, int version, TicketEvent ticketEvent) => $"{ticketId}:{version}:{ticketEvent.Name()}";

    public static WebhookPayload Of(TicketFacts facts, TicketEvent ticketEvent, DateTimeOffset occurredAt, WebhookPlace place) => new(
        DeliveryId(facts.Id, facts.Version, ticketEvent),
        EventName(ticketEvent),
        ChinaTime.ToChina(occurredAt),
        new WebhookTicket(
            facts.Id, place.Compound, facts.Category, facts.Status, facts.Version, ChinaTime.ToChina(facts.SubmittedAt),
            China(facts.RespondedAt), China(facts.SettledAt), facts.Rating),
        place);

    public string Json() => JsonSerializer.Serialize(this, Options);

    private static DateTimeOffset? China(DateTimeOffset? at) => at is { } value ? ChinaTime.ToChina(value) : null;
}

public sealed record WebhookTicket(
    string Id,
    string CompoundId,
    TicketCategory Category,
    TicketStatus Status,
    int Version,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? RespondedAt,
    DateTimeOffset? SettledAt,
    SatisfactionLevel? Rating);

/// <summary>The compound of the request and the community and region (subdistrict) it belongs to.</summary>
public sealed record WebhookPlace(string Compound, string Community, string Region);
