namespace OrleansGovernance.Domain.Notices;

/// <summary>How a reporter is told (告知渠道).</summary>
public enum NoticeChannel
{
    WeChat, // 微信公众号模板消息
    Email,  // 电子邮件
    Sms,    // 短信
}
