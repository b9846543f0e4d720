using System.Net.Http.Json;
using System.Text.Json.Serialization;
using OrleansGovernance.Domain.Notices;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Notices.Senders;

/// <summary>
/// WeChat official-account template messages: an access token from <c>cgi-bin/token</c>, kept until shortly before it
/// expires, then <c>POST cgi-bin/message/template/send</c>. An errcode other than 0 is a failure: the resident having
/// left the account (43004) or an openid the account does not know (40003) for good, a stale token after clearing it.
/// Neither the secret nor the token (both in query strings) is ever logged.
/// </summary>
internal sealed class WeChatTemplateSender(WeChatSettings settings, TimeProvider clock) : INoticeSender, IDisposable
{
    private static readonly HashSet<int> Unreachable = [40003, 43004, 43101];
    private static readonly HashSet<int> StaleToken = [40001, 40014, 42001];

    private readonly HttpClient _http = GatewayAnswers.Client(settings.Timeout);
    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private (string Token, DateTimeOffset Until)? _token;

    public NoticeChannel Channel => NoticeChannel.WeChat;

    public async Task<NoticeSendResult> Send(ResidentNotice notice, CancellationToken cancellationToken)
    {
        var template = settings.TemplateIds.GetValueOrDefault(notice.Event.Name()) ?? settings.TemplateId;
        if (string.IsNullOrWhiteSpace(template))
        {
            return NoticeSendResult.Transient($"wechat no template for {notice.Event.Name()}");
        }

        try
        {
            var token = await Token(cancellationToken);
            if (token is null)
            {
                return NoticeSendResult.Transient("wechat no access token");
            }

            var message = new TemplateMessage(notice.Address, template, settings.Fields.ToDictionary(f => f.Key, f => new FieldValue(Fill(f.Value, notice))));
            using var response = await _http.PostAsJsonAsync(new Uri(settings.BaseUrl, $"cgi-bin/message/template/send?access_token={Uri.EscapeDataString(token)}"), message, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                // The API answers 200 with an errcode; any other status is a proxy or an outage in between.
                return NoticeSendResult.Transient($"wechat http {(int)response.StatusCode}");
            }

            var answer = await response.Content.ReadFromJsonAsync<WeChatAnswer>(cancellationToken);
            var code = answer?.ErrCode ?? -1;
            if (StaleToken.Contains(code))
            {
                _token = null;
            }

            return code == 0 ? NoticeSendResult.Success
                : Unreachable.Contains(code) ? NoticeSendResult.Refused($"wechat errcode {code}")
                : NoticeSendResult.Transient($"wechat errcode {code}");
        }
        catch (Exception failed) when (failed is HttpRequestException or System.Text.Json.JsonException
            or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return GatewayAnswers.Unreachable("wechat", failed);
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _tokenLock.Dispose();
    }

    private async Task<string?> Token(CancellationToken cancellationToken)
    {
        await _tokenLock.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } held && held.Until > clock.GetUtcNow())
            {
                return held.Token;
            }

            var url = new Uri(settings.BaseUrl,
                $"cgi-bin/token?grant_type=client_credential&appid={Uri.EscapeDataString(settings.AppId!)}&secret={Uri.EscapeDataString(settings.AppSecret!)}");
            var answer = await _http.GetFromJsonAsync<TokenAnswer>(url, cancellationToken);
            if (answer?.AccessToken is not { Length: > 0 } token)
            {
                return null;
            }

            // Renewed five minutes early (tokens last two hours), so one is never used at the moment it expires.
            _token = (token, clock.GetUtcNow().AddSeconds(Math.Max(answer.ExpiresIn - 300, 60)));
            return token;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    private static string Fill(string field, ResidentNotice notice) => field
        .Replace("{subject}", notice.Subject, StringComparison.Ordinal)
        .Replace("{text}", notice.Text, StringComparison.Ordinal)
        .Replace("{ticket}", notice.TicketId, StringComparison.Ordinal)
        .Replace("{step}", NoticeTemplates.StepName(notice.Event), StringComparison.Ordinal);

    private sealed record TemplateMessage(
        [property: JsonPropertyName("touser")] string ToUser,
        [property: JsonPropertyName("template_id")] string TemplateId,
        [property: JsonPropertyName("data")] Dictionary<string, FieldValue> Data);

    private sealed record FieldValue([property: JsonPropertyName("value")] string Value);

    private sealed record WeChatAnswer([property: JsonPropertyName("errcode")] int ErrCode);

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
