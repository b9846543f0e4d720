using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Grains.Webhooks;

/// <summary>
/// Sends a delivery over HTTP, signed: one client for the silo (pooled connections, renewed every few minutes so a
/// receiver's changed address is followed), no redirects followed (a redirect is a failure the receiver must fix), a
/// timeout per attempt. The answer's body is never read and nothing of the request is logged.
/// </summary>
public sealed class WebhookTransport(IOptions<WebhookOptions> options, TimeProvider clock) : IDisposable
{
    private const string UserAgent = "OrleansGovernance-Webhooks/1";

    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = options.Value.Timeout,
        UseCookies = false,
        UseProxy = false,
    })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public async Task<DeliveryAttempt> Send(WebhookEndpoint endpoint, WebhookDelivery delivery)
    {
        var now = clock.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Settings.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.UserAgent.Add(ProductInfoHeaderValue.Parse(UserAgent));
        request.Headers.Add(WebhookSignature.IdHeader, delivery.Id);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Header(endpoint.SigningSecrets(now), timestamp, delivery.Body));
        using var timeout = new CancellationTokenSource(options.Value.Timeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return new DeliveryAttempt((int)response.StatusCode, response.IsSuccessStatusCode ? null : "status");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new DeliveryAttempt(null, "timeout");
        }
        catch (HttpRequestException failure)
        {
            return new DeliveryAttempt(null, failure.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "dns",
                HttpRequestError.ConnectionError => "connection",
                HttpRequestError.SecureConnectionError => "tls",
                _ => "transport",
            });
        }
    }

    public void Dispose() => _client.Dispose();
}
