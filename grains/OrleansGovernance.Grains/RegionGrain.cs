using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.BroadcastChannel;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Grains.Metrics;

namespace OrleansGovernance.Grains;

[ImplicitChannelSubscription(GovernanceChannels.Region)]
public sealed class RegionGrain(
    [PersistentState("region", GovernanceStorage.ProviderName)] IPersistentState<RegionState> state,
    PlaceHealer healer,
    IOptions<FiguresOptions> options,
    TimeProvider clock,
    FiguresMetrics figuresMetrics,
    ILogger<RegionGrain> log) : PlaceGrain, IRegionGrain, IOnBroadcastChannelSubscribed
{
    private readonly ChildSnapshots _children = new();

    private RegionProfile Existing => state.Existing(this, "region").Profile;

    private protected override void RequireExisting() => _ = Existing;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists)
        {
            StartFigures();
        }

        return Task.CompletedTask;
    }

    public async Task<RegionProfile> Define(RegionProfile profile)
    {
        if (profile.Id != this.GetPrimaryKeyString())
        {
            throw DomainRuleException.Invalid($"profile id '{profile.Id}' does not match region '{this.GetPrimaryKeyString()}'.");
        }

        profile.Validate();
        var creating = !state.RecordExists;
        if (!creating)
        {
            if (profile.Level != state.State.Profile.Level || profile.ParentId != state.State.Profile.ParentId)
            {
                throw DomainRuleException.Invalid("a region keeps its level and its parent.");
            }
        }
        else if (profile.ParentId is { } parent)
        {
            await GrainFactory.GetGrain<IRegionGrain>(parent).AttachChild(profile.Id, profile.Level.ToPlaceKind());
        }

        await state.Update(this, s =>
        {
            profile.Children = state.RecordExists ? s.Profile.Children : [];
            s.Profile = profile;
            return s;
        });
        if (creating)
        {
            StartFigures();
        }

        Figures?.Changed();
        return profile;
    }

    public Task<RegionProfile> GetProfile() => Task.FromResult(Existing);

    public async Task AttachChild(string childId, PlaceKind kind)
    {
        var profile = Existing;
        var expected = profile.ChildRegionLevel?.ToPlaceKind() ?? PlaceKind.Community;
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
                }

                return s;
            });
        }
    }

    public Task OnSubscribed(IBroadcastChannelSubscription channel) =>
        channel.Attach<ChildFigures>(snapshot =>
        {
            if (state.RecordExists && _children.Accept(snapshot, state.State.Profile.Children))
            {
                Figures?.Changed(snapshot.Figures.AsOf);
            }

            return Task.CompletedTask;
        });

    private void StartFigures()
    {
        Figures = new FiguresPublication(this, Compute, SendToParent, null, options.Value, clock, log, figuresMetrics, "region");
        Healing = new PlaceHealing(this, healer, options.Value.PullInterval, log);
        Figures.StartWithChildren(PullChildren, Healing);
    }

    private Task<bool> PullChildren()
    {
        var profile = state.State.Profile;
        return _children.Pull(profile.Children, id => profile.ChildRegionLevel is null
            ? GrainFactory.GetGrain<ICommunityGrain>(id)
            : GrainFactory.GetGrain<IRegionGrain>(id));
    }

    private PlaceReport Compute(DateTimeOffset now)
    {
        var profile = state.State.Profile;
        return new PlaceReport(profile.Id, profile.Name, profile.NameZh, profile.Level.ToPlaceKind(), PlaceFigures.Sum(_children.Figures, now));
    }

    private Task SendToParent(ChildFigures snapshot) => state.State.Profile.ParentId is { } parent
        ? this.Send(GovernanceChannels.Region, parent, snapshot, log)
        : Task.CompletedTask;
}
