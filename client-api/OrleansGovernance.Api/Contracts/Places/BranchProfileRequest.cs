using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that defines a BranchProfile.</summary>
public sealed class BranchProfileRequest
{
    public string CompoundId { get; init; } = "";

    public SecretaryRequest Secretary { get; init; } = new("", SecretarySource.CommunityCadre);

    public DeputySecretaryRequest? DeputySecretary { get; init; }

    public int PartyMembers { get; init; }

    public IReadOnlyList<AssignedCadreRequest> AssignedCadres { get; init; } = [];

    public IReadOnlyList<VanguardTeamRequest> VanguardTeams { get; init; } = [];

    public BranchProfile ToDomain() => new()
    {
        CompoundId = CompoundId,
        Secretary = Secretary.ToDomain(),
        DeputySecretary = DeputySecretary?.ToDomain(),
        PartyMembers = PartyMembers,
        AssignedCadres = [.. AssignedCadres.Select(item => item?.ToDomain()!)],
        VanguardTeams = [.. VanguardTeams.Select(item => item?.ToDomain()!)],
    };
}
