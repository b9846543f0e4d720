using Microsoft.Extensions.Options;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Notices;

namespace OrleansGovernance.Grains.Notices.Senders;

/// <summary>
/// The gateway of each channel: a city's own <see cref="INoticeSender"/> if it registered one, else the platform's
/// for each channel whose settings are given. A channel with none keeps its messages in the local outbox, where an
/// administrator reads them (the embedded default, and a city still waiting for its gateway account).
/// </summary>
public sealed class NoticeSenders : IDisposable
{
    private readonly Dictionary<NoticeChannel, INoticeSender> _gateways = [];
    private readonly List<IDisposable> _owned = [];
    private readonly IGrainFactory _grains;

    public NoticeSenders(IEnumerable<INoticeSender> registered, IOptions<NoticeOptions> options, TimeProvider clock, IGrainFactory grains)
    {
        _grains = grains;
        var settings = options.Value;
        foreach (var sender in registered)
        {
            _gateways.TryAdd(sender.Channel, sender);
        }

        if (settings.Smtp.IsSet)
        {
            _gateways.TryAdd(NoticeChannel.Email, new SmtpNoticeSender(settings.Smtp));
        }

        if (settings.Sms.IsSet)
        {
            Own(NoticeChannel.Sms, new HttpSmsSender(settings.Sms));
        }

        if (settings.WeChat.IsSet)
        {
            Own(NoticeChannel.WeChat, new WeChatTemplateSender(settings.WeChat, clock));
        }
    }

    public bool Serves(NoticeChannel channel) => _gateways.ContainsKey(channel);

    /// <summary>Sends through the channel's gateway, or keeps the notice in the local outbox; the second part says which.</summary>
    public async Task<(NoticeSendResult Result, bool Locally)> Send(ResidentNotice notice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_gateways.TryGetValue(notice.Channel, out var gateway))
        {
            return (await gateway.Send(notice, cancellationToken), false);
        }

        await _grains.GetGrain<INoticeDeskGrain>(INoticeDeskGrain.Key).KeepLocally(new OutboxEntry(notice, now));
        return (NoticeSendResult.Success, true);
    }

    public void Dispose() => _owned.ForEach(sender => sender.Dispose());

    private void Own<TSender>(NoticeChannel channel, TSender sender)
        where TSender : INoticeSender, IDisposable
    {
        if (_gateways.TryAdd(channel, sender))
        {
            _owned.Add(sender);
        }
        else
        {
            sender.Dispose();
        }
    }
}
