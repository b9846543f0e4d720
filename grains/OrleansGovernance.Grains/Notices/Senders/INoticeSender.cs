using OrleansGovernance.Domain.Notices;

namespace OrleansGovernance.Grains.Notices.Senders;

/// <summary>
/// A gateway for one channel. A city whose gateway speaks another protocol registers its own implementation
/// (a singleton of this interface) before the platform's, and the platform uses it for that channel.
/// </summary>
public interface INoticeSender
{
    NoticeChannel Channel { get; }

    /// <summary>Delivers the notice or says why not; throws only when cancelled.</summary>
    Task<NoticeSendResult> Send(ResidentNotice notice, CancellationToken cancellationToken);
}
