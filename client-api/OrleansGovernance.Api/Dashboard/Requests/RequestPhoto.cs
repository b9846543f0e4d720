namespace OrleansGovernance.Api.Dashboard.Requests;

/// <summary>
/// A photo an Open311 client linked (media_url). The address is the client's to choose, so the desk links only web
/// addresses (never javascript: or data: ones), names the host it leads to, and loads the image only when asked:
/// fetching it tells that host who looked and when.
/// </summary>
public sealed record RequestPhoto(Uri Address)
{
    public string Host => Address.IdnHost;

    public static RequestPhoto? From(string? mediaUrl) =>
        Uri.TryCreate(mediaUrl?.Trim(), UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp)
            ? new RequestPhoto(address)
            : null;
}
