using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>OwnersCommittee as the API shows it.</summary>
public sealed record OwnersCommitteeView(
    IReadOnlyList<CommitteeMemberView> Members,
    DateOnly? Formed,
    int PartyMembers)
{
    public static OwnersCommitteeView Of(OwnersCommittee source) => new(
        source.Members.Select(CommitteeMemberView.Of).ToList(),
        source.Formed,
        source.PartyMembers);
}
