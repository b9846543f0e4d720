using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using OrleansGovernance.Domain.Notices;

namespace OrleansGovernance.Grains.Notices.Senders;

/// <summary>
/// E-mail through the city's SMTP relay, with MailKit: one connection per message, which a relay handles easily at
/// the rate requests move. The Message-ID is made from the notice id, so a receiving system can tell a repeat.
/// </summary>
internal sealed class SmtpNoticeSender(SmtpSettings settings) : INoticeSender
{
    public NoticeChannel Channel => NoticeChannel.Email;

    public async Task<NoticeSendResult> Send(ResidentNotice notice, CancellationToken cancellationToken)
    {
        if (!MailboxAddress.TryParse(notice.Address, out var to))
        {
            return NoticeSendResult.Refused("not a mailbox address");
        }

        var message = new MimeMessage
        {
            Subject = notice.Subject,
            MessageId = MessageId(notice, settings.From!),
            Body = new TextPart("plain") { Text = notice.Text },
        };
        message.From.Add(new MailboxAddress(settings.FromName ?? "", settings.From!));
        message.To.Add(to);

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, CancellationToken.None);
            return NoticeSendResult.Success;
        }
        catch (SmtpCommandException refused) when ((int)refused.StatusCode >= 500
            && refused.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
        {
            // The mailbox does not exist or the message will never be taken; the relay's own settings (sender, login)
            // are not the resident's fault, so those failures are tried again until someone fixes them.
            return NoticeSendResult.Refused($"smtp {(int)refused.StatusCode} {refused.ErrorCode}");
        }
        catch (SmtpCommandException failed)
        {
            return NoticeSendResult.Transient($"smtp {(int)failed.StatusCode} {failed.ErrorCode}");
        }
        catch (Exception failed) when (failed is IOException or SocketException or TimeoutException or ProtocolException
            or AuthenticationException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return NoticeSendResult.Transient($"smtp {failed.GetType().Name}");
        }
    }

    private static string MessageId(ResidentNotice notice, string from)
    {
        var domain = from[(from.LastIndexOf('@') + 1)..];
        return $"{notice.Id.Replace(':', '.')}@{domain}";
    }
}
