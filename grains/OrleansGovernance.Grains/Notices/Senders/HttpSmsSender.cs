using System.Net.Http.Headers;
using System.Net.Http.Json;
using OrleansGovernance.Domain.Notices;

namespace OrleansGovernance.Grains.Notices.Senders;

/// <summary>
/// SMS through an HTTP gateway: <c>POST {Url}</c> with <c>{"id", "to", "text"}</c> as JSON (the text begins with the
/// 【signature】). The id is the notice's, so a gateway can drop a repeat; 2xx means taken.
/// </summary>
internal sealed class HttpSmsSender(SmsGatewaySettings settings) : INoticeSender, IDisposable
{
    private readonly HttpClient _http = GatewayAnswers.Client(settings.Timeout);

    public NoticeChannel Channel => NoticeChannel.Sms;

    public async Task<NoticeSendResult> Send(ResidentNotice notice, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = JsonContent.Create(new SmsRequest(notice.Id, NoticeAddresses.Normalise(NoticeChannel.Sms, notice.Address), notice.Text)),
        };
        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            if (string.Equals(settings.ApiKeyHeader, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(settings.ApiKeyHeader, settings.ApiKey);
            }
        }

        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            return GatewayAnswers.Of("sms", response.StatusCode);
        }
        catch (Exception failed) when (failed is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return GatewayAnswers.Unreachable("sms", failed);
        }
    }

    public void Dispose() => _http.Dispose();

    // Written with the web defaults: id, to, text.
    private sealed record SmsRequest(string Id, string To, string Text);
}
