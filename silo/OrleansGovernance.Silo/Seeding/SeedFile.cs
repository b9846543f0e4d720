using System.Text.Json;
using OrleansGovernance.Api;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>
/// The organisation of Xinglin as described by seeding/xinglin.json: the report's named places and figures,
/// and deterministic synthetic places for what the report does not name (marked synthetic).
/// </summary>
public sealed record SeedFile(
    string Source,
    IReadOnlyList<SeedRegion> Regions,
    IReadOnlyList<SeedInstructor> PartyInstructors,
    IReadOnlyList<SeedPropertyCompany> PropertyCompanies,
    IReadOnlyList<SeedCommunity> Communities)
{
    public static SeedFile LoadEmbedded()
    {
        using var stream = typeof(SeedFile).Assembly.GetManifestResourceStream("xinglin.json")
            ?? throw new InvalidOperationException("the Xinglin seed file is not embedded in the silo assembly.");
        var options = new JsonSerializerOptions();
        GovernanceApi.Configure(options);
        return JsonSerializer.Deserialize<SeedFile>(stream, options)
            ?? throw new InvalidOperationException("the Xinglin seed file is empty.");
    }
}

public sealed record SeedRegion(string Id, string Name, string NameZh, RegionLevel Level, string? ParentId);

public sealed record SeedInstructor(string Id, string Name, string NameZh, bool Synthetic, string RegionId);

public sealed record SeedPropertyCompany(string Id, string Name, string NameZh, string InstructorId, bool RedProperty, bool Synthetic);

public sealed record SeedCommunity(
    string Id,
    string RegionId,
    string Name,
    string NameZh,
    bool Synthetic,
    Council? Council,
    IReadOnlyList<CoBuildingUnit> CoBuildingUnits,
    IReadOnlyList<SeedCompound> Compounds);

public sealed record SeedCompound(
    string Id,
    string Name,
    string NameZh,
    bool Synthetic,
    int Households,
    GeoPoint Location,
    string? PropertyCompanyId,
    string? PropertyManager,
    bool DualSeal,
    bool Bookkeeping,
    OwnersCommittee? OwnersCommittee,
    SeedBranch? Branch,
    IReadOnlyList<PropertySurvey> Surveys);

public sealed record SeedBranch(
    Secretary Secretary,
    DeputySecretary? DeputySecretary,
    int PartyMembers,
    IReadOnlyList<AssignedCadre> AssignedCadres,
    IReadOnlyList<VanguardTeam> VanguardTeams);
