using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Party;

namespace OrleansGovernance.Abstractions;

/// <summary>
/// A community's party register (党员"双报到"), keyed by the community's id: the members registered there, the
/// vanguard service teams they form and the services those teams give. Its figures join the community's under the
/// source "party-register". Every call answers NotFound unless the community exists.
/// </summary>
[Alias("governance.IPartyRegisterGrain")]
public interface IPartyRegisterGrain : ICommunityWorkGrain
{
    /// <summary>The register (empty, and nothing stored, until its first change).</summary>
    [Alias("Get")]
    Task<PartyRegister> Get();

    [Alias("RegisterMember")]
    Task<PartyMember> RegisterMember(PartyMemberDraft draft);

    [Alias("FormTeam")]
    Task<ServiceTeam> FormTeam(ServiceTeamDraft draft);

    [Alias("JoinTeam")]
    Task<ServiceTeam> JoinTeam(string teamId, string memberId);

    /// <summary>Files the service in its month's log, then counts it; answers once both are durable.</summary>
    [Alias("RecordActivity")]
    Task<ServiceActivity> RecordActivity(ServiceActivityDraft draft, Stamp stamp);

    /// <summary>The services given in a China calendar month (yyyymm), in the order recorded.</summary>
    [Alias("GetActivities")]
    Task<IReadOnlyList<ServiceActivity>> GetActivities(int month);

    /// <summary>Loads a register built elsewhere (seeding), its services as recorded by <paramref name="recordedBy"/>; does nothing if one exists.</summary>
    [Alias("Import")]
    Task Import(PartyRegisterImport register, Stamp recordedBy);
}

/// <summary>What seeding puts in a register: members first (numbered pm-1, pm-2, … in this order), then teams, then services.</summary>
[GenerateSerializer, Immutable, Alias("governance.party-register-import")]
public sealed record PartyRegisterImport(
    [property: Id(0)] IReadOnlyList<PartyMemberDraft> Members,
    [property: Id(1)] IReadOnlyList<ServiceTeamDraft> Teams,
    [property: Id(2)] IReadOnlyList<ServiceActivityDraft> Activities);
