using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>BranchProfile as the API shows it.</summary>
public sealed record BranchProfileView(
    string CompoundId,
    SecretaryView Secretary,
    DeputySecretaryView? DeputySecretary,
    int PartyMembers,
    IReadOnlyList<AssignedCadreView> AssignedCadres,
    IReadOnlyList<VanguardTeamView> VanguardTeams)
{
    public static BranchProfileView Of(BranchProfile source) => new(
        source.CompoundId,
        SecretaryView.Of(source.Secretary),
        source.DeputySecretary is null ? null : DeputySecretaryView.Of(source.DeputySecretary),
        source.PartyMembers,
        source.AssignedCadres.Select(AssignedCadreView.Of).ToList(),
        source.VanguardTeams.Select(VanguardTeamView.Of).ToList());
}
