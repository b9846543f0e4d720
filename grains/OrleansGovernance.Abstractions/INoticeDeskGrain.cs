using OrleansGovernance.Domain.Notices;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Abstractions;

/// <summary>
/// The platform's one notice desk (key <see cref="Key"/>): the notice key that names contacts and signs opt-out
/// tokens, the local outbox, the dead letters, and residents' opt-outs by token or by an administrator.
/// </summary>
[Alias("governance.INoticeDeskGrain")]
public interface INoticeDeskGrain : IGrainWithStringKey
{
    const string Key = "platform";

    [Alias("GetKey")]
    Task<byte[]> GetKey();

    [Alias("KeepLocally")]
    Task KeepLocally(OutboxEntry entry);

    [Alias("AddDeadLetter")]
    Task AddDeadLetter(DeadNotice dead);

    /// <summary>The local outbox, newest first, at most <paramref name="take"/>.</summary>
    [Alias("GetOutbox")]
    Task<IReadOnlyList<OutboxEntry>> GetOutbox(int take);

    /// <summary>The dead letters, newest first.</summary>
    [Alias("GetDeadLetters")]
    Task<IReadOnlyList<DeadNotice>> GetDeadLetters();

    /// <summary>Drops a dead letter for good; NotFound when there is none of that id.</summary>
    [Alias("Discard")]
    Task Discard(string noticeId);

    /// <summary>The resident behind an opt-out token hears no more; an invalid token is refused and changes nothing.</summary>
    [Alias("OptOut")]
    Task OptOut(string token, DateTimeOffset at);

    /// <summary>An administrator stops (or resumes) the messages to every address of <paramref name="contact"/>.</summary>
    [Alias("SetOptOut")]
    Task SetOptOut(ReporterContact contact, bool optedOut, string by, DateTimeOffset at);
}
