using System.Net;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Outbound;

/// <summary>
/// What an administrator decides about a webhook endpoint: where it is, which of a request's events it wants (by their
/// names, <see cref="TicketEvents.Name"/>) and under which places (a compound, community or region: everything at or
/// under it).
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.webhook-settings")]
public sealed record WebhookSettings(
    [property: Id(0)] string Url,
    [property: Id(1)] IReadOnlyList<string> Events,
    [property: Id(2)] IReadOnlyList<string> Places,
    [property: Id(3)] string? Description = null,
    [property: Id(4)] bool Enabled = true)
{
    public const int MaxPlaces = 100;

    /// <summary>
    /// Refuses what cannot be delivered or matched: an address that is not absolute http(s), plain http to anything but
    /// this machine unless <paramref name="allowHttp"/> (the signature proves who sent a delivery, not that nobody read
    /// it on the way), an unknown event, a malformed place id.
    /// </summary>
    public WebhookSettings Validate(bool allowHttp)
    {
        Require.Text(Url, "url", 2000);
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(url.UserInfo))
        {
            throw DomainRuleException.Invalid($"url '{Url}' must be an absolute http or https address without a user name or password.");
        }

        if (url.Scheme == "http" && !allowHttp && !IsLoopback(url))
        {
            throw DomainRuleException.Invalid("url must use https (plain http is accepted only for this machine's loopback addresses unless Webhooks:AllowHttp is set).");
        }

        if (Events is null || Events.Count == 0)
        {
            throw DomainRuleException.Invalid($"events names at least one of: {string.Join(", ", Enum.GetValues<TicketEvent>().Select(e => e.Name()))}.");
        }

        foreach (var name in Require.Entries(Events, "events"))
        {
            if (!TicketEvents.TryParse(name, out _))
            {
                throw DomainRuleException.Invalid($"event '{name}' is not one of: {string.Join(", ", Enum.GetValues<TicketEvent>().Select(e => e.Name()))}.");
            }
        }

        if (Places is null || Places.Count is 0 or > MaxPlaces)
        {
            throw DomainRuleException.Invalid($"places names between 1 and {MaxPlaces} places (a city, region, community or compound id).");
        }

        foreach (var place in Require.Entries(Places, "places"))
        {
            Require.PlaceId(place, "places");
        }

        Require.OptionalText(Description, "description", 200);
        return this with { Events = [.. Events.Distinct(StringComparer.Ordinal)], Places = [.. Places.Distinct(StringComparer.Ordinal)] };
    }

    /// <summary>Whether a change of <paramref name="ticketEvent"/> at a compound whose places (itself and those above it) are <paramref name="placesOfCompound"/> is wanted.</summary>
    public bool Wants(TicketEvent ticketEvent, IReadOnlyCollection<string> placesOfCompound) =>
        Enabled && Events.Contains(ticketEvent.Name()) && Places.Any(placesOfCompound.Contains);

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
