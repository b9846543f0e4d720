using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>Creates the regions, communities, compounds and branches of the seed file that do not exist yet.</summary>
internal sealed class OrganisationSeeder(IGrainFactory grains)
{
    public async Task Seed(SeedFile file)
    {
        foreach (var region in file.Regions)
        {
            var grain = grains.GetGrain<IRegionGrain>(region.Id);
            await CreateIfMissing(grain.GetProfile, () => grain.Define(new RegionProfile
            {
                Id = region.Id,
                Name = region.Name,
                NameZh = region.NameZh,
                Level = region.Level,
                ParentId = region.ParentId,
                PartyInstructors = [.. file.PartyInstructors.Where(i => i.RegionId == region.Id).Select(i => new PartyInstructor(i.Id, i.NameZh, i.Synthetic))],
            }));
        }

        var companies = file.PropertyCompanies.ToDictionary(c => c.Id);
        foreach (var community in file.Communities)
        {
            var grain = grains.GetGrain<ICommunityGrain>(community.Id);
            await CreateIfMissing(grain.GetProfile, () => grain.Define(new CommunityProfile
            {
                Id = community.Id,
                Name = community.Name,
                NameZh = community.NameZh,
                RegionId = community.RegionId,
                Council = community.Council,
                Synthetic = community.Synthetic,
            }));

            // Compounds first: co-building units may be paired with one.
            await Task.WhenAll(community.Compounds.Select(c => SeedCompound(community.Id, c, companies)));
            var profile = await grain.GetProfile();
            foreach (var unit in community.CoBuildingUnits.Where(u => profile.CoBuildingUnits.All(p => p.Id != u.Id)))
            {
                await grain.AddCoBuildingUnit(unit);
            }
        }
    }

    private async Task SeedCompound(string communityId, SeedCompound seed, IReadOnlyDictionary<string, SeedPropertyCompany> companies)
    {
        var compound = grains.GetGrain<ICompoundGrain>(seed.Id);
        await CreateIfMissing(compound.GetProfile, () => compound.Define(new CompoundProfile
        {
            Id = seed.Id,
            Name = seed.Name,
            NameZh = seed.NameZh,
            CommunityId = communityId,
            Households = seed.Households,
            Location = seed.Location,
            OwnersCommittee = seed.OwnersCommittee,
            PropertyService = seed.PropertyCompanyId is { } companyId && companies.TryGetValue(companyId, out var company)
                ? new PropertyService(company.Id, company.NameZh, seed.PropertyManager, company.InstructorId, company.RedProperty)
                : null,
            DualSeal = seed.DualSeal,
            Bookkeeping = seed.Bookkeeping,
            Surveys = [.. seed.Surveys],
            Synthetic = seed.Synthetic,
        }));

        if (seed.Branch is { } branch)
        {
            var grain = grains.GetGrain<IBranchGrain>(seed.Id);
            if (await grain.Find() is null)
            {
                await grain.Define(new BranchProfile
                {
                    CompoundId = seed.Id,
                    Secretary = branch.Secretary,
                    DeputySecretary = branch.DeputySecretary,
                    PartyMembers = branch.PartyMembers,
                    AssignedCadres = [.. branch.AssignedCadres],
                    // The branch's teams live in the community's party register (PartySeeds), counted there once.
                });
            }
        }
    }

    private static async Task CreateIfMissing<T>(Func<Task<T>> read, Func<Task<T>> create)
    {
        try
        {
            await read();
        }
        catch (DomainRuleException e) when (e.Violation == RuleViolation.NotFound)
        {
            await create();
        }
    }
}
