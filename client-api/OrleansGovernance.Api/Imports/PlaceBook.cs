using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Imports;

/// <summary>
/// What an import knows of places while it checks a file: those stored (asked of their grains once) and those the file
/// defines on earlier lines, each with its kind and, for a region, its level, so a child is checked against its parent.
/// </summary>
internal sealed class PlaceBook(IGrainFactory grains)
{
    private readonly Dictionary<string, Known?> _known = new(StringComparer.Ordinal);

    private enum Sort
    {
        Region,
        Community,
        Compound,
    }

    private sealed record Known(Sort Kind, RegionLevel? Level);

    /// <summary>True when the row must be written; false when it is stored exactly so. Throws the reason it is refused.</summary>
    public async Task<bool> Check(PlaceRow row)
    {
        switch (row)
        {
            case RegionRow region:
                region.Profile.Validate();
                if (region.Profile.ParentId is { } parentId)
                {
                    var parent = await Parent(parentId, Sort.Region);
                    if (parent.Level is { } level && ChildLevel(level) != region.Profile.Level)
                    {
                        throw new RowRefusedException($"a {level.ToString().ToLowerInvariant()} holds {ChildLevel(level)?.ToString().ToLowerInvariant() ?? "communities"}, not a {region.Profile.Level.ToString().ToLowerInvariant()}.");
                    }
                }

                _known[row.Id] = new Known(Sort.Region, region.Profile.Level);
                return await Differs(row, Stored(() => grains.GetGrain<IRegionGrain>(row.Id).GetProfile()), stored =>
                    stored.Name == region.Profile.Name && stored.NameZh == region.Profile.NameZh && stored.Level == region.Profile.Level && stored.ParentId == region.Profile.ParentId);
            case CommunityRow community:
                community.Profile.Validate();
                if ((await Parent(community.Profile.RegionId, Sort.Region)).Level is not RegionLevel.Subdistrict)
                {
                    throw new RowRefusedException($"a community's parent must be a subdistrict; {community.Profile.RegionId} is not.");
                }

                _known[row.Id] = new Known(Sort.Community, null);
                return await Differs(row, Stored(() => grains.GetGrain<ICommunityGrain>(row.Id).GetProfile()), stored =>
                    stored.Name == community.Profile.Name && stored.NameZh == community.Profile.NameZh && stored.RegionId == community.Profile.RegionId);
            case CompoundRow compound:
                compound.Profile.Validate();
                await Parent(compound.Profile.CommunityId, Sort.Community);
                _known[row.Id] = new Known(Sort.Compound, null);
                return await Differs(row, Stored(() => grains.GetGrain<ICompoundGrain>(row.Id).GetProfile()), stored =>
                    stored.Name == compound.Profile.Name && stored.NameZh == compound.Profile.NameZh && stored.CommunityId == compound.Profile.CommunityId
                    && stored.Households == compound.Profile.Households && stored.Location == compound.Profile.Location && stored.Boundary == compound.Profile.Boundary);
            case BranchRow branch:
                branch.Profile.Validate();
                await Parent(row.Id, Sort.Compound);
                return await Differs(row, grains.GetGrain<IBranchGrain>(row.Id).Find(), stored =>
                    stored.Secretary == branch.Profile.Secretary && stored.DeputySecretary == branch.Profile.DeputySecretary && stored.PartyMembers == branch.Profile.PartyMembers);
            case CommitteeRow committee:
                committee.Committee.Validate();
                return await Differs(row, CompoundPart(row.Id, p => p.OwnersCommittee), stored =>
                    stored.Formed == committee.Committee.Formed && stored.Members.SequenceEqual(committee.Committee.Members));
            case PropertyServiceRow service:
                service.Service.Validate();
                return await Differs(row, CompoundPart(row.Id, p => p.PropertyService), stored => stored == service.Service);
            default:
                throw new InvalidOperationException($"no check for {row.GetType().Name}.");
        }
    }

    public static async Task Define(IGrainFactory grains, PlaceRow row)
    {
        switch (row)
        {
            case RegionRow region:
                await grains.GetGrain<IRegionGrain>(row.Id).Define(region.Profile);
                break;
            case CommunityRow community:
                await grains.GetGrain<ICommunityGrain>(row.Id).Define(community.Profile);
                break;
            case CompoundRow compound:
                await grains.GetGrain<ICompoundGrain>(row.Id).Define(compound.Profile);
                break;
            case BranchRow branch:
                await grains.GetGrain<IBranchGrain>(row.Id).Define(branch.Profile);
                break;
            case CommitteeRow committee:
                await grains.GetGrain<ICompoundGrain>(row.Id).SetOwnersCommittee(committee.Committee);
                break;
            case PropertyServiceRow service:
                await grains.GetGrain<ICompoundGrain>(row.Id).SetPropertyService(service.Service);
                break;
        }
    }

    private static RegionLevel? ChildLevel(RegionLevel level) => new RegionProfile { Level = level }.ChildRegionLevel;

    /// <summary>True when nothing is stored (to define); false when stored alike; refused when stored otherwise.</summary>
    private static async Task<bool> Differs<T>(PlaceRow row, Task<T?> stored, Func<T, bool> alike) where T : class =>
        await stored switch
        {
            null => true,
            { } held when alike(held) => false,
            _ => throw new RowRefusedException($"{row.Id} is stored otherwise than this row says; it is left as it is (change it through the API)."),
        };

    private static async Task<T?> Stored<T>(Func<Task<T>> read) where T : class
    {
        try
        {
            return await read();
        }
        catch (DomainRuleException e) when (e.Violation == RuleViolation.NotFound)
        {
            return null;
        }
    }

    /// <summary>A part of a compound the file defines earlier or that is stored; refused when the compound is neither.</summary>
    private async Task<T?> CompoundPart<T>(string compoundId, Func<CompoundProfile, T?> part) where T : class
    {
        await Parent(compoundId, Sort.Compound);
        return await Stored(() => grains.GetGrain<ICompoundGrain>(compoundId).GetProfile()) is { } profile ? part(profile) : null;
    }

    private async Task<Known> Parent(string id, Sort kind)
    {
        if (!_known.TryGetValue(id, out var known))
        {
            known = kind switch
            {
                Sort.Region => await Stored(() => grains.GetGrain<IRegionGrain>(id).GetProfile()) is { } region ? new Known(kind, region.Level) : null,
                Sort.Community => await Stored(() => grains.GetGrain<ICommunityGrain>(id).GetProfile()) is not null ? new Known(kind, null) : null,
                _ => await Stored(() => grains.GetGrain<ICompoundGrain>(id).GetProfile()) is not null ? new Known(kind, null) : null,
            };
            _known[id] = known;
        }

        return known is not null && known.Kind == kind
            ? known
            : throw new RowRefusedException($"its {kind.ToString().ToLowerInvariant()} {id} is neither defined earlier in the file nor stored.");
    }
}
