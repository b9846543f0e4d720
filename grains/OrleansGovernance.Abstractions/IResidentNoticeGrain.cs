using OrleansGovernance.Domain.Notices;

namespace OrleansGovernance.Abstractions;

/// <summary>
/// Tells the reporters of one compound's requests when their request moves (告知), keyed by the compound's id. It
/// follows the compound-changes stream itself; these calls are for administrators and tests.
/// </summary>
[Alias("governance.IResidentNoticeGrain")]
public interface IResidentNoticeGrain : IGrainWithStringKey
{
    /// <summary>The notices not yet delivered, oldest first.</summary>
    [Alias("GetPending")]
    Task<IReadOnlyList<NoticeDelivery>> GetPending();

    /// <summary>Takes a dead letter back for another round of attempts; one already waiting is not added twice.</summary>
    [Alias("Requeue")]
    Task Requeue(ResidentNotice notice);
}
