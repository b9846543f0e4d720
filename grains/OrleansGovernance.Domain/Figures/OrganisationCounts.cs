namespace OrleansGovernance.Domain.Figures;

/// <summary>Organisation coverage of a place, summed over the compounds and communities below it.</summary>
[GenerateSerializer, Alias("governance.organisation-counts")]
public sealed class OrganisationCounts
{
    [Id(0)] public int Communities { get; set; }
    [Id(1)] public int Compounds { get; set; }
    [Id(2)] public int CompoundBranches { get; set; }
    [Id(3)] public int AssignedCadres { get; set; }
    [Id(4)] public int SecretariesInService { get; set; }
    [Id(5)] public int SecretariesRetired { get; set; }
    [Id(6)] public int VanguardTeams { get; set; }
    [Id(7)] public int OwnersCommittees { get; set; }
    [Id(8)] public int OwnersCommitteeMembers { get; set; }
    [Id(9)] public int OwnersCommitteePartyMembers { get; set; }
    [Id(10)] public int DualSealCompounds { get; set; }
    [Id(11)] public int BookkeepingCompounds { get; set; }
    [Id(12)] public int ManagerDeputySecretaries { get; set; }

    /// <summary>Compounds with a branch over all compounds.</summary>
    public double? BranchCoverage => Rates.Of(CompoundBranches, Compounds);

    public double? CommitteeCoverage => Rates.Of(OwnersCommittees, Compounds);

    public double? CommitteePartyShare => Rates.Of(OwnersCommitteePartyMembers, OwnersCommitteeMembers);

    public double? ManagerDeputyShare => Rates.Of(ManagerDeputySecretaries, CompoundBranches);

    /// <summary>Companies are counted once however many compounds they manage, so they travel as a set (sorted, distinct).</summary>
    [Id(13)] public string[] PropertyCompanies { get; set; } = [];

    /// <summary>Instructors linked to the companies above, likewise a set.</summary>
    [Id(14)] public string[] PartyInstructors { get; set; } = [];

    public void Add(OrganisationCounts o)
    {
        Communities += o.Communities;
        Compounds += o.Compounds;
        CompoundBranches += o.CompoundBranches;
        AssignedCadres += o.AssignedCadres;
        SecretariesInService += o.SecretariesInService;
        SecretariesRetired += o.SecretariesRetired;
        VanguardTeams += o.VanguardTeams;
        OwnersCommittees += o.OwnersCommittees;
        OwnersCommitteeMembers += o.OwnersCommitteeMembers;
        OwnersCommitteePartyMembers += o.OwnersCommitteePartyMembers;
        DualSealCompounds += o.DualSealCompounds;
        BookkeepingCompounds += o.BookkeepingCompounds;
        ManagerDeputySecretaries += o.ManagerDeputySecretaries;
        PropertyCompanies = Union(PropertyCompanies, o.PropertyCompanies);
        PartyInstructors = Union(PartyInstructors, o.PartyInstructors);
    }

    private static string[] Union(string[] mine, string[] theirs) =>
        theirs.Length == 0 ? mine
        : mine.Length == 0 ? theirs
        : [.. mine.Union(theirs).Order(StringComparer.Ordinal)];
}
