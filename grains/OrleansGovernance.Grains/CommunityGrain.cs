using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.BroadcastChannel;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Grains.Metrics;

namespace OrleansGovernance.Grains;

[ImplicitChannelSubscription(GovernanceChannels.Community)]
[ImplicitChannelSubscription(GovernanceChannels.SlaBreaches)]
public sealed class CommunityGrain(
    [PersistentState("community", GovernanceStorage.ProviderName)] IPersistentState<CommunityState> state,
    [PersistentState("community-work", GovernanceStorage.ProviderName)] IPersistentState<CommunityWorkState> work,
    PlaceHealer healer,
    IOptions<FiguresOptions> options,
    IOptions<CouncilOptions> councilOptions,
    TimeProvider clock,
    FiguresMetrics figuresMetrics,
    ILogger<CommunityGrain> log) : PlaceGrain, ICommunityGrain, IOnBroadcastChannelSubscribed
{
    private const int BreachesKept = 200;

    private readonly ChildSnapshots _compounds = new();
    private readonly Dictionary<string, WorkFigures> _work = new(StringComparer.Ordinal);
    private readonly LinkedList<SlaBreach> _breaches = new();

    private CommunityState Existing => state.Existing(this, "community");

    private protected override void RequireExisting() => _ = Existing;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists)
        {
            StartFigures();
        }

        return Task.CompletedTask;
    }

    public async Task<CommunityProfile> Define(CommunityProfile profile)
    {
        if (profile.Id != this.GetPrimaryKeyString())
        {
            throw DomainRuleException.Invalid($"profile id '{profile.Id}' does not match community '{this.GetPrimaryKeyString()}'.");
        }

        profile.Validate();
        if (state.RecordExists)
        {
            if (profile.RegionId != state.State.Profile.RegionId)
            {
                throw DomainRuleException.Invalid("a community cannot move to another subdistrict.");
            }
        }
        else
        {
            await GrainFactory.GetGrain<IRegionGrain>(profile.RegionId).AttachChild(profile.Id, PlaceKind.Community);
        }

        var creating = !state.RecordExists;
        await Change(s =>
        {
            profile.Compounds = state.RecordExists ? s.Profile.Compounds : [];
            s.Profile = profile;
        }, creating: true);
        if (creating)
        {
            StartFigures();
        }

        return profile;
    }

    public Task<CommunityProfile> GetProfile() => Task.FromResult(Existing.Profile);

    public async Task AttachCompound(string compoundId)
    {
        var current = Existing;
        if (!PlaceIds.IsChildOf(compoundId, current.Profile.Id))
        {
            throw DomainRuleException.Invalid($"compound '{compoundId}' is not a child of community '{current.Profile.Id}'.");
        }

        if (!current.Profile.Compounds.Contains(compoundId))
        {
            await Change(s =>
            {
                if (!s.Profile.Compounds.Contains(compoundId))
                {
                    s.Profile.Compounds.Add(compoundId);
                }
            });
        }
    }

    public async Task<CommunityProfile> SetCouncil(Council? council)
    {
        council?.Validate(Existing.Profile.Id);
        await Change(s => s.Profile.Council = council);
        return state.State.Profile;
    }

    public async Task<CommunityProfile> AddCoBuildingUnit(CoBuildingUnit unit)
    {
        unit.Validate();
        await Change(s =>
        {
            if (s.Profile.CoBuildingUnits.Any(u => u.Id == unit.Id))
            {
                throw DomainRuleException.Conflict($"co-building unit '{unit.Id}' already exists in '{s.Profile.Id}'.");
            }

            if (unit.PairedCompoundId is { } paired && !s.Profile.Compounds.Contains(paired))
            {
                throw DomainRuleException.Invalid($"compound '{paired}' is not in community '{s.Profile.Id}'.");
            }

            s.Profile.CoBuildingUnits.Add(unit);
        });
        return state.State.Profile;
    }

    public async Task<ResourceItem> ListResource(ResourceDraft draft, Stamp stamp)
    {
        ResourceItem item = null!;
        await Change(s => item = s.Lists.ListResource($"resource-{s.Lists.Resources.Count + 1:D4}", draft, stamp));
        return item;
    }

    public async Task<DemandItem> CollectDemand(DemandDraft draft, Stamp stamp)
    {
        DemandItem item = null!;
        await Change(s =>
        {
            if (draft.CompoundId is { } compound && !s.Profile.Compounds.Contains(compound))
            {
                throw DomainRuleException.Invalid($"compound '{compound}' is not in community '{s.Profile.Id}'.");
            }

            item = s.Lists.CollectDemand($"demand-{s.Lists.Demands.Count + 1:D4}", draft, stamp);
        });
        return item;
    }

    public async Task<DemandClaim> ClaimDemand(ClaimDraft draft, Stamp stamp)
    {
        DemandClaim claim = null!;
        await Change(s => claim = s.Lists.Claim($"claim-{s.Lists.Claims.Count + 1:D4}", draft, stamp));
        return claim;
    }

    public Task<ThreeLists> GetThreeLists() => Task.FromResult(Existing.Lists);

    public async Task<Meeting> RecordMeeting(MeetingDraft draft, Stamp stamp)
    {
        var current = Existing;
        draft.Validate();
        stamp.Validate();
        CouncilRules.RequireAgreed(draft, current.Profile.Council, current.Profile.Compounds, councilOptions.Value.UrgentConsultLimit, stamp.At);
        foreach (var ticketId in draft.AgreedMatters.SelectMany(m => m.SettlesTickets).Distinct())
        {
            await RequireSettleable(ticketId, current.Profile.Id);
        }

        Meeting meeting = null!;
        await Change(s =>
        {
            meeting = new Meeting(
                $"meeting-{s.Meetings.Count + 1:D4}", draft.Kind, draft.Title.Trim(), stamp.At, draft.Attendees,
                draft.Agenda, draft.AgreedMatters, stamp.By, draft.Synthetic, draft.Form);
            s.Meetings.Add(meeting);
        });
        foreach (var ticketId in meeting.SettledTickets)
        {
            await GrainFactory.GetGrain<ITicketGrain>(ticketId)
                .Settle(stamp with { Note = $"settled by {meeting.Kind} {meeting.Id}: {meeting.Title}" });
        }

        return meeting;
    }

    public Task<IReadOnlyList<Meeting>> GetMeetings() => Task.FromResult<IReadOnlyList<Meeting>>(Existing.Meetings);

    public async Task ImportActivity(ThreeLists lists, IReadOnlyList<Meeting> meetings)
    {
        if (HasActivity(Existing))
        {
            return;
        }

        await Change(s =>
        {
            if (!HasActivity(s))
            {
                s.Lists = lists;
                s.Meetings = [.. meetings];
            }
        });
    }

    public Task<IReadOnlyList<SlaBreach>> GetRecentBreaches()
    {
        _ = Existing;
        return Task.FromResult<IReadOnlyList<SlaBreach>>([.. _breaches]);
    }

    public async Task AcceptWork(WorkFigures figures)
    {
        if (!state.RecordExists || CommunityWork.Of(GrainFactory, figures.Source, state.State.Profile.Id) is null)
        {
            return;
        }

        if (!work.State.Sources.Contains(figures.Source))
        {
            await work.Update(this, s =>
            {
                if (!s.Sources.Contains(figures.Source))
                {
                    s.Sources.Add(figures.Source);
                }

                return s;
            });
        }

        if (Keep(figures))
        {
            Figures?.Changed(figures.Figures.AsOf);
        }
    }

    public Task OnSubscribed(IBroadcastChannelSubscription channel) =>
        channel.ChannelId.GetNamespace() == GovernanceChannels.SlaBreaches
            ? channel.Attach<SlaBreach>(Remember)
            : channel.Attach<ChildFigures>(Accept);

    private Task Accept(ChildFigures snapshot)
    {
        if (state.RecordExists && _compounds.Accept(snapshot, state.State.Profile.Compounds))
        {
            Figures?.Changed(snapshot.Figures.AsOf);
        }

        return Task.CompletedTask;
    }

    /// <summary>Breaches arrive at least once (a compound back from a crash raises recent ones again), so they are kept once per ticket.</summary>
    private Task Remember(SlaBreach breach)
    {
        if (_breaches.All(b => b.TicketId != breach.TicketId))
        {
            _breaches.AddFirst(breach);
            if (_breaches.Count > BreachesKept)
            {
                _breaches.RemoveLast();
            }
        }

        return Task.CompletedTask;
    }

    private void StartFigures()
    {
        Figures = new FiguresPublication(this, Compute, SendToRegion, null, options.Value, clock, log, figuresMetrics, "community");
        Healing = new PlaceHealing(this, healer, options.Value.PullInterval, log);
        Figures.StartWithChildren(async () =>
        {
            var compoundsChanged = await _compounds.Pull(state.State.Profile.Compounds, id => GrainFactory.GetGrain<ICompoundGrain>(id));
            var recordsChanged = await PullWork();
            return compoundsChanged || recordsChanged;
        }, Healing);
    }

    /// <summary>Asks each record the community has heard from for its figures; answers whether any was newer.</summary>
    private async Task<bool> PullWork()
    {
        var records = work.State.Sources.Select(source => CommunityWork.Of(GrainFactory, source, state.State.Profile.Id)).OfType<ICommunityWorkGrain>();
        var answers = await Task.WhenAll(records.Select(record => record.GetWorkFigures()));
        var changed = false;
        foreach (var answer in answers.OfType<WorkFigures>())
        {
            changed |= Keep(answer);
        }

        return changed;
    }

    private bool Keep(WorkFigures figures)
    {
        if (_work.TryGetValue(figures.Source, out var held) && held.Version >= figures.Version)
        {
            return false;
        }

        _work[figures.Source] = figures;
        return true;
    }

    private PlaceReport Compute(DateTimeOffset now)
    {
        var current = state.State;
        var figures = FiguresCalculator.ForCommunity(current.Lists, current.Meetings, _compounds.Figures, 0, now);
        foreach (var record in _work.Values)
        {
            figures.Add(record.Figures);
        }

        return new PlaceReport(current.Profile.Id, current.Profile.Name, current.Profile.NameZh, PlaceKind.Community, figures);
    }

    private Task SendToRegion(ChildFigures snapshot) =>
        this.Send(GovernanceChannels.Region, state.State.Profile.RegionId, snapshot, log);

    private static bool HasActivity(CommunityState s) =>
        s.Meetings.Count > 0 || s.Lists.Resources.Count > 0 || s.Lists.Demands.Count > 0;

    /// <summary>Checks, before anything is recorded, that an agreed matter may settle the ticket.</summary>
    private async Task RequireSettleable(string ticketId, string communityId)
    {
        Ticket ticket;
        try
        {
            ticket = await GrainFactory.GetGrain<ITicketGrain>(ticketId).Get();
        }
        catch (DomainRuleException e) when (e.Violation == RuleViolation.NotFound)
        {
            throw DomainRuleException.Invalid($"ticket '{ticketId}' on the agenda does not exist.");
        }

        if (!PlaceIds.IsChildOf(ticket.CompoundId, communityId))
        {
            throw DomainRuleException.Invalid($"ticket '{ticketId}' belongs to another community.");
        }

        if (ticket.Status is not (TicketStatus.Claimed or TicketStatus.Escalated))
        {
            throw DomainRuleException.Transition(
                $"ticket '{ticketId}' is {ticket.Status.ToString().ToLowerInvariant()}; a meeting settles only claimed or escalated tickets.");
        }
    }

    /// <summary>Applies a change to an existing community (or, when <paramref name="creating"/>, a new one) and saves it.</summary>
    private async Task Change(Action<CommunityState> change, bool creating = false)
    {
        if (!creating)
        {
            _ = Existing;
        }

        await state.Update(this, s =>
        {
            change(s);
            return s;
        });
        Figures?.Changed();
    }
}
