using OrleansGovernance.Domain;

namespace OrleansGovernance.Abstractions;

public static class NoticeDeadLetters
{
    /// <summary>
    /// Sends a dead letter back to its compound for another round, then drops it from the desk's list (a crash in
    /// between leaves it listed, never lost); NotFound when there is none of that id. The caller does this, not the desk:
    /// a desk that called a compound while that compound waits on the desk (to keep a message locally, or to bury one)
    /// would hold both until Orleans' response timeout.
    /// </summary>
    public static async Task RetryNoticeDeadLetter(this IGrainFactory grains, string noticeId)
    {
        var desk = grains.GetGrain<INoticeDeskGrain>(INoticeDeskGrain.Key);
        var dead = (await desk.GetDeadLetters()).FirstOrDefault(letter => letter.Notice.Id == noticeId)
            ?? throw DomainRuleException.NotFound("dead letter", noticeId);
        await grains.GetGrain<IResidentNoticeGrain>(dead.Notice.CompoundId).Requeue(dead.Notice);
        await desk.Discard(noticeId);
    }
}
