namespace OrleansGovernance.Grains.Notices.Senders;

/// <summary>
/// An SMS gateway reached over HTTP (<c>Notifications:Sms</c>); SMS is served once <see cref="Url"/> is set. Chinese
/// SMS providers each have their own API and signing; this speaks one plain JSON shape (docs/notifications.md), so a
/// city points it at a small adapter of its provider, or registers its own <see cref="INoticeSender"/>.
/// </summary>
public sealed class SmsGatewaySettings
{
    public Uri? Url { get; set; }

    /// <summary>A secret: give it from a Kubernetes Secret as Notifications__Sms__ApiKey.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The header that carries <see cref="ApiKey"/>; with <c>Authorization</c> (the default) it is sent as a bearer token.</summary>
    public string ApiKeyHeader { get; set; } = "Authorization";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    public bool IsSet => Url is not null;
}
