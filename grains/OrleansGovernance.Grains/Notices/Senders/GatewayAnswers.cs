using System.Net;

namespace OrleansGovernance.Grains.Notices.Senders;

/// <summary>How an HTTP gateway's status reads: 2xx taken; a request it will never take (4xx other than 408 and 429) refused for good; the rest tried again.</summary>
internal static class GatewayAnswers
{
    public static NoticeSendResult Of(string gateway, HttpStatusCode status) =>
        (int)status is >= 200 and < 300 ? NoticeSendResult.Success
        : (int)status is >= 400 and < 500 && status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
            ? NoticeSendResult.Refused($"{gateway} http {(int)status}")
            : NoticeSendResult.Transient($"{gateway} http {(int)status}");

    public static NoticeSendResult Unreachable(string gateway, Exception failed) => NoticeSendResult.Transient($"{gateway} {failed.GetType().Name}");

    public static HttpClient Client(TimeSpan timeout) =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false }) { Timeout = timeout };
}
