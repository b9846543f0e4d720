using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class PlacesTests(ClusterFixture fixture)
{
    private readonly IClusterClient _grains = fixture.Client;

    [Fact]
    public async Task Reading_unknown_places_answers_not_found_and_leaves_nothing_behind()
    {
        var id = $"unknown{Guid.NewGuid():N}";
        await AssertNotFound(() => _grains.GetGrain<IRegionGrain>(id).GetReport());
        await AssertNotFound(() => _grains.GetGrain<ICommunityGrain>(id).GetReport());
        await AssertNotFound(() => _grains.GetGrain<ICompoundGrain>(id).GetReport());
        await AssertNotFound(() => _grains.GetGrain<IBranchGrain>(id).GetProfile());

        Assert.False(await fixture.IsStored<RegionState>("region", _grains.GetGrain<IRegionGrain>(id).GetGrainId()));
        Assert.False(await fixture.IsStored<CommunityState>("community", _grains.GetGrain<ICommunityGrain>(id).GetGrainId()));
        Assert.False(await fixture.IsStored<CompoundState>("compound", _grains.GetGrain<ICompoundGrain>(id).GetGrainId()));
        Assert.False(await fixture.IsStored<BranchProfile>("branch", _grains.GetGrain<IBranchGrain>(id).GetGrainId()));
    }

    [Fact]
    public async Task A_compound_whose_community_does_not_exist_is_refused_and_not_stored()
    {
        var id = $"nowhere{Guid.NewGuid():N}.garden";
        var compound = _grains.GetGrain<ICompoundGrain>(id);

        await AssertNotFound(() => compound.Define(new CompoundProfile { Id = id, Name = "Garden", NameZh = "花园", CommunityId = PlaceIds.ParentOf(id)! }));

        Assert.False(await fixture.IsStored<CompoundState>("compound", compound.GetGrainId()));
    }

    [Fact]
    public async Task A_subdistrict_cannot_sit_directly_under_a_city()
    {
        var city = $"city{Guid.NewGuid():N}";
        await _grains.GetGrain<IRegionGrain>(city).Define(new RegionProfile { Id = city, Name = "City", NameZh = "市", Level = RegionLevel.City });

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => _grains.GetGrain<IRegionGrain>($"{city}.sub").Define(
            new RegionProfile { Id = $"{city}.sub", Name = "Sub", NameZh = "街道", Level = RegionLevel.Subdistrict, ParentId = city }));

        Assert.Equal(RuleViolation.InvalidInput, refused.Violation);
        Assert.Empty((await _grains.GetGrain<IRegionGrain>(city).GetProfile()).Children);
    }

    [Fact]
    public async Task Organisation_changes_show_in_the_figures_of_every_level()
    {
        var community = await Places.Community(_grains);
        var committee = new OwnersCommittee([new("李建溪", true, CommitteeRole.Member), new("王芳", false, CommitteeRole.Chair)], new DateOnly(2022, 5, 1));
        var compound = await Places.Compound(_grains, community, committee: committee);
        await _grains.GetGrain<IBranchGrain>(compound).Define(new BranchProfile
        {
            CompoundId = compound,
            Secretary = new Secretary("张伟", SecretarySource.Retired),
            DeputySecretary = new DeputySecretary("Manager A", FromPropertyCompany: true),
            AssignedCadres = [new AssignedCadre("林静", CadreKind.GridWorker)],
        });
        await _grains.GetGrain<ICompoundGrain>(compound).SetFlags(dualSeal: true, bookkeeping: true);

        var summary = (await Eventually.Until(
            _grains.GetGrain<IRegionGrain>(community.Split('.')[0]).GetReport,
            r => r.Figures.Organisation.DualSealCompounds == 1 && r.Figures.Organisation.AssignedCadres == 1)).ToSummary();

        Assert.Equal(
            (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
            (summary.Communities, summary.Compounds, summary.CompoundBranches, summary.AssignedCadres, summary.SecretariesRetired,
             summary.OwnersCommittees, summary.OwnersCommitteePartyMembers, summary.DualSealCompounds, summary.BookkeepingCompounds,
             summary.PartyInstructors, summary.PropertyCompanies, summary.ManagerDeputySecretaries));
        Assert.Equal(0.5, summary.Coverage.CommitteePartyShare);
    }

    [Fact]
    public async Task Changing_a_branch_again_while_its_compound_reads_the_last_change_does_not_deadlock()
    {
        var compound = await Places.Compound(_grains, await Places.Community(_grains));
        var branch = _grains.GetGrain<IBranchGrain>(compound);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Each change makes the compound read the branch while the next change asks the compound whether it exists.
        for (var i = 0; i < 20; i++)
        {
            await branch.Define(new BranchProfile { CompoundId = compound, Secretary = new Secretary($"Secretary {i}", SecretarySource.InService), PartyMembers = i });
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"20 changes took {clock.Elapsed}: calls waited on each other");
        Assert.Equal(19, (await branch.GetProfile()).PartyMembers);
    }

    private static async Task AssertNotFound(Func<Task> read)
    {
        var refused = await Assert.ThrowsAsync<DomainRuleException>(read);
        Assert.Equal(RuleViolation.NotFound, refused.Violation);
    }
}
