using MailKit.Security;

namespace OrleansGovernance.Grains.Notices.Senders;

/// <summary>The city's SMTP relay (<c>Notifications:Smtp</c>); e-mail is served once <see cref="Host"/> and <see cref="From"/> are set.</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (port 587), <c>SslOnConnect</c> (465), <c>StartTlsWhenAvailable</c> or <c>None</c> (a relay on the same host).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? User { get; set; }

    /// <summary>A secret: give it from a Kubernetes Secret as Notifications__Smtp__Password, never in a file under version control.</summary>
    public string? Password { get; set; }

    public string? From { get; set; }

    public string? FromName { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    public bool IsSet => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
