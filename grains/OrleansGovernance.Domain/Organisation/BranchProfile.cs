namespace OrleansGovernance.Domain.Organisation;

/// <summary>A compound (grid) party branch (小区党支部), keyed by its compound's id.</summary>
[GenerateSerializer, Alias("governance.branch")]
public sealed class BranchProfile
{
    [Id(0)] public string CompoundId { get; set; } = "";
    [Id(1)] public Secretary Secretary { get; set; } = new("", SecretarySource.CommunityCadre);
    [Id(2)] public DeputySecretary? DeputySecretary { get; set; }
    [Id(3)] public int PartyMembers { get; set; }
    [Id(4)] public List<AssignedCadre> AssignedCadres { get; set; } = [];
    /// <summary>
    /// Teams listed on the branch before the community's party register kept them (docs/party-service.md): still read
    /// and counted here, so a team lives, and counts, in one place only.
    /// </summary>
    [Id(5)] public List<VanguardTeam> VanguardTeams { get; set; } = [];

    public void Validate()
    {
        Require.PlaceId(CompoundId, "compoundId");
        Require.Text(Secretary.Name, "secretary name", 100);
        Require.Defined(Secretary.Source, "secretary source");
        if (DeputySecretary is not null)
        {
            Require.Text(DeputySecretary.Name, "deputy secretary name", 100);
        }

        Require.Range(PartyMembers, "partyMembers", 0, 100_000);
        foreach (var cadre in Require.Entries(AssignedCadres, "assignedCadres"))
        {
            Require.Text(cadre.Name, "cadre name", 100);
            Require.Defined(cadre.Kind, "cadre kind");
        }

        foreach (var team in Require.Entries(VanguardTeams, "vanguardTeams"))
        {
            team.Validate();
        }
    }
}

/// <summary>Where a branch secretary comes from; the report counts in-service and retired party members.</summary>
public enum SecretarySource
{
    InService,
    Retired,
    CommunityCadre,
    GridWorker,
}

[GenerateSerializer, Immutable, Alias("governance.secretary")]
public sealed record Secretary([property: Id(0)] string Name, [property: Id(1)] SecretarySource Source);

/// <summary>Deputy secretary; often the property manager (物业管理人挂职副书记).</summary>
[GenerateSerializer, Immutable, Alias("governance.deputy-secretary")]
public sealed record DeputySecretary([property: Id(0)] string Name, [property: Id(1)] bool FromPropertyCompany);

public enum CadreKind
{
    CommunityCadre,
    GridWorker,
}

/// <summary>A community cadre or party-member grid worker assigned into the branch.</summary>
[GenerateSerializer, Immutable, Alias("governance.assigned-cadre")]
public sealed record AssignedCadre([property: Id(0)] string Name, [property: Id(1)] CadreKind Kind);

/// <summary>Party-member vanguard service team (党员先锋服务队).</summary>
[GenerateSerializer, Immutable, Alias("governance.vanguard-team")]
public sealed record VanguardTeam(
    [property: Id(0)] string Name,
    [property: Id(1)] string NameZh,
    [property: Id(2)] int Members)
{
    public void Validate()
    {
        Require.Text(Name, "team name", 200);
        Require.Text(NameZh, "team nameZh", 200);
        Require.Range(Members, "team members", 1, 10_000);
    }
}
