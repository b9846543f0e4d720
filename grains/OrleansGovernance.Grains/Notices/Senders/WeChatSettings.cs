namespace OrleansGovernance.Grains.Notices.Senders;

/// <summary>
/// The city's WeChat official account (<c>Notifications:WeChat</c>): template messages to the openid a reporter
/// gave. Served once <see cref="AppId"/>, <see cref="AppSecret"/> and a template id are set.
/// </summary>
public sealed class WeChatSettings
{
    /// <summary>The API's base address; only tests point it elsewhere.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.weixin.qq.com/");

    public string? AppId { get; set; }

    /// <summary>A secret: give it from a Kubernetes Secret as Notifications__WeChat__AppSecret.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The approved template used for every step, unless <see cref="TemplateIds"/> names one for that step.</summary>
    public string? TemplateId { get; set; }

    /// <summary>Templates by event name (<c>settled</c>, …).</summary>
    public Dictionary<string, string> TemplateIds { get; set; } = [];

    /// <summary>
    /// The template's fields and what fills each: <c>{subject}</c>, <c>{text}</c> (the whole message),
    /// <c>{ticket}</c> (the request's number) or <c>{step}</c> (已受理, 已办结, …). The default suits the classic
    /// first/keyword1/keyword2/remark layout; an account with a newer template maps its own field names.
    /// </summary>
    public Dictionary<string, string> Fields { get; set; } = new()
    {
        ["first"] = "{subject}",
        ["keyword1"] = "{ticket}",
        ["keyword2"] = "{step}",
        ["remark"] = "{text}",
    };

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    public bool IsSet => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(AppSecret)
        && (!string.IsNullOrWhiteSpace(TemplateId) || TemplateIds.Count > 0);
}
