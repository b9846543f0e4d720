using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Grains;

public sealed class RegionGrain(
    [PersistentState("region", GovernanceStorage.ProviderName)] IPersistentState<RegionState> state,
    TimeProvider clock) : Grain, IRegionGrain
{
    private RegionProfile Existing => state.Existing(this, "region").Profile;

    public async Task<RegionProfile> Define(RegionProfile profile)
    {
        if (profile.Id != this.GetPrimaryKeyString())
        {
            throw DomainRuleException.Invalid($"profile id '{profile.Id}' does not match region '{this.GetPrimaryKeyString()}'.");
        }

        profile.Validate();
        if (state.RecordExists)
        {
            if (profile.Level != state.State.Profile.Level || profile.ParentId != state.State.Profile.ParentId)
            {
                throw DomainRuleException.Invalid("a region keeps its level and its parent.");
            }
        }
        else if (profile.ParentId is { } parent)
        {
            await GrainFactory.GetGrain<IRegionGrain>(parent).AttachChild(profile.Id, KindOf(profile.Level));
        }

        await state.Update(this, s =>
        {
            profile.Children = state.RecordExists ? s.Profile.Children : [];
            s.Profile = profile;
            s.Version++;
            return s;
        });
        return profile;
    }

    public Task<RegionProfile> GetProfile() => Task.FromResult(Existing);

    public async Task AttachChild(string childId, PlaceKind kind)
    {
        var profile = Existing;
        var expected = profile.ChildRegionLevel is { } level ? KindOf(level) : PlaceKind.Community;
        if (kind != expected || !PlaceIds.IsChildOf(childId, profile.Id))
        {
            throw DomainRuleException.Invalid(
                $"{kind.ToString().ToLowerInvariant()} '{childId}' cannot sit under {profile.Level.ToString().ToLowerInvariant()} '{profile.Id}'.");
        }

        if (!profile.Children.Contains(childId))
        {
            await state.Update(this, s =>
            {
                if (!s.Profile.Children.Contains(childId))
                {
                    s.Profile.Children.Add(childId);
                    s.Version++;
                }

                return s;
            });
        }
    }

    public async Task<PlaceReport> GetReport()
    {
        var profile = Existing;
        var children = await Task.WhenAll(profile.Children.Select(id => profile.ChildRegionLevel is null
            ? GrainFactory.GetGrain<ICommunityGrain>(id).GetReport()
            : GrainFactory.GetGrain<IRegionGrain>(id).GetReport()));
        var figures = PlaceFigures.Sum(children.Select(c => c.Figures), clock.GetUtcNow());
        figures.Version += state.State.Version;
        return new PlaceReport(profile.Id, profile.Name, profile.NameZh, KindOf(profile.Level), figures);
    }

    private static PlaceKind KindOf(RegionLevel level) => level switch
    {
        RegionLevel.City => PlaceKind.City,
        RegionLevel.District => PlaceKind.District,
        _ => PlaceKind.Subdistrict,
    };
}
