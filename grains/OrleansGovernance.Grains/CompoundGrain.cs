using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.BroadcastChannel;
using Orleans.Streams;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Ledger;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Seals;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Grains.Metrics;

namespace OrleansGovernance.Grains;

/// <remarks>
/// A compound counts its requests in a <see cref="TicketTally"/>: built from durable storage in one read when it
/// activates (or is told to rebuild), then kept current by the changes on its <see cref="CompoundChanges"/> stream, so
/// the work per change and per read does not grow with the compound's history. Its plans are few and held whole.
/// </remarks>
[ImplicitStreamSubscription(CompoundChanges.Namespace)]
[ImplicitChannelSubscription(GovernanceChannels.Compound)]
public sealed class CompoundGrain(
    [PersistentState("compound", GovernanceStorage.ProviderName)] IPersistentState<CompoundState> state,
    ICompoundFactsSource durableFacts,
    PlaceHealer healer,
    IOptions<FiguresOptions> options,
    TimeProvider clock,
    FiguresMetrics figuresMetrics,
    ServiceLevelMetrics serviceLevels,
    ILogger<CompoundGrain> log) : PlaceGrain, ICompoundGrain, IOnBroadcastChannelSubscribed, IRemindable
{
    public const string BreachReminder = "sla-watch";

    /// <summary>Breaches older than this when a compound activates were raised before (by an earlier activation) or are history.</summary>
    private static readonly TimeSpan BreachLookback = TimeSpan.FromHours(24);

    private TicketTally _tickets = new(DateTimeOffset.MinValue);
    private Dictionary<string, StoredPlan> _plans = [];
    private BranchProfile? _branch;
    private LedgerFacts? _ledger;
    private SealFacts? _seals;
    private bool _breachReminder;

    private CompoundState Existing => state.Existing(this, "compound");

    private protected override void RequireExisting() => _ = Existing;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists)
        {
            await StartFigures(cancellationToken);
        }

        await this.GetStreamProvider(CompoundChanges.ProviderName)
            .GetStream<CompoundChange>(StreamId.Create(CompoundChanges.Namespace, this.GetPrimaryKeyString()))
            .SubscribeAsync((change, _) => Handle(change));
    }

    public async Task<CompoundProfile> Define(CompoundProfile profile)
    {
        if (profile.Id != this.GetPrimaryKeyString())
        {
            throw DomainRuleException.Invalid($"profile id '{profile.Id}' does not match compound '{this.GetPrimaryKeyString()}'.");
        }

        profile.Validate();
        var creating = !state.RecordExists;
        if (!creating && profile.CommunityId != state.State.Profile.CommunityId)
        {
            throw DomainRuleException.Invalid("a compound cannot move to another community.");
        }

        if (creating)
        {
            await GrainFactory.GetGrain<ICommunityGrain>(profile.CommunityId).AttachCompound(profile.Id);
        }

        await Change(s =>
        {
            profile.Plans = state.RecordExists ? s.Profile.Plans : [];
            s.Profile = profile;
        }, creating);
        if (creating)
        {
            await StartFigures(CancellationToken.None);
        }

        return profile;
    }

    public Task<CompoundProfile> GetProfile() => Task.FromResult(Existing.Profile);

    public Task<CompoundProfile> SetOwnersCommittee(OwnersCommittee? committee)
    {
        committee?.Validate();
        if (committee is null && Existing.Profile.DualSeal)
        {
            throw DomainRuleException.Invalid("a dual-seal compound keeps its owners' committee; lift the dual-seal rule first.");
        }

        return Change(s => s.Profile.OwnersCommittee = committee);
    }

    public Task<CompoundProfile> SetPropertyService(PropertyService? service)
    {
        service?.Validate();
        return Change(s => s.Profile.PropertyService = service);
    }

    public async Task<CompoundProfile> SetFlags(bool dualSeal, bool bookkeeping)
    {
        if (dualSeal && Existing.Profile.OwnersCommittee is null)
        {
            throw DomainRuleException.Invalid("the dual-seal rule needs an owners' committee to hold the committee seal.");
        }

        var profile = await Change(s =>
        {
            s.Profile.DualSeal = dualSeal;
            s.Profile.Bookkeeping = bookkeeping;
        });

        // The books count only under their flags: a flag just set brings in what a book already holds.
        await ReadBooks();
        return profile;
    }

    public Task<CompoundProfile> RecordSurvey(PropertySurvey survey)
    {
        survey.Validate();
        return Change(s =>
        {
            if (s.Profile.Surveys.Any(existing => existing.Year == survey.Year))
            {
                throw DomainRuleException.Conflict($"compound '{s.Profile.Id}' already has a survey for {survey.Year}.");
            }

            s.Profile.Surveys.Add(survey);
        });
    }

    public async Task AttachPlan(string planId)
    {
        if (!Existing.Profile.Plans.Contains(planId))
        {
            await Change(s =>
            {
                if (!s.Profile.Plans.Contains(planId))
                {
                    s.Profile.Plans.Add(planId);
                }
            });
        }
    }

    public async Task<IReadOnlyList<string>> GetTicketIds()
    {
        _ = Existing;
        var ids = await durableFacts.Find(this.GetPrimaryKeyString(), new TicketQuery([], [], null, null, null, int.MaxValue), CancellationToken.None);
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    public Task<IReadOnlyList<string>> FindTickets(TicketQuery query)
    {
        _ = Existing;
        if (query.Take < 1)
        {
            throw DomainRuleException.Invalid($"a ticket query takes at least one ticket, not {query.Take}.");
        }

        return durableFacts.Find(this.GetPrimaryKeyString(), query, CancellationToken.None);
    }

    public async Task<FiguresRebuild> RebuildFigures()
    {
        _ = Existing;
        var rebuild = await Rebuild(raiseRecentBreaches: false);
        Figures?.Changed();
        return rebuild;
    }

    public Task OnSubscribed(IBroadcastChannelSubscription channel) => channel.Attach<CompoundEvent>(Handle);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Activating brought the compound back (raising what ran out meanwhile); the reminder is needed only while a
        // response limit is still ahead.
        if (!state.RecordExists || !_tickets.AwaitsResponse())
        {
            if (await this.GetReminder(BreachReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            _breachReminder = false;
        }
    }

    private async Task Handle(CompoundChange change)
    {
        if (!state.RecordExists)
        {
            return;
        }

        switch (change)
        {
            case TicketDelta ticket:
                await Apply(ticket);
                break;
            case PlanDelta plan when !_plans.TryGetValue(plan.PlanId, out var held) || held.Version < plan.Version:
                _plans[plan.PlanId] = new StoredPlan(plan.Facts, plan.Version);
                Figures?.Changed(change.ChangedAt);
                break;
            case BookChanged:
                await ReadBooks();
                break;
            case HistoryImported:
                // Imported tickets come with no change of their own: count them all afresh, as on activation.
                await Rebuild(raiseRecentBreaches: false);
                Figures?.Changed(change.ChangedAt);
                break;
        }
    }

    private async Task Apply(TicketDelta change)
    {
        if (_tickets.Apply(change.TicketId, change.FromVersion, change.ToVersion, change.Before, change.After, clock.GetUtcNow()))
        {
            Figures?.Changed(change.ChangedAt);
            if (change.Before is null && change.After.Status.IsOpen())
            {
                await KeepBreachReminder();
            }
        }
        else if (_tickets.NeedsRebuild)
        {
            log.LogWarning("Compound {Compound} waited too long for a ticket's earlier change; rebuilding its figures from storage", this.GetPrimaryKeyString());
            await Rebuild(raiseRecentBreaches: false);
            Figures?.Changed();
        }
    }

    private async Task Handle(CompoundEvent e)
    {
        if (state.RecordExists && e is BranchChanged)
        {
            _branch = await GrainFactory.GetGrain<IBranchGrain>(this.GetPrimaryKeyString()).Find();
            Figures?.Changed();
        }
    }

    private async Task StartFigures(CancellationToken cancellationToken)
    {
        await Rebuild(raiseRecentBreaches: true, cancellationToken);
        _branch = await GrainFactory.GetGrain<IBranchGrain>(this.GetPrimaryKeyString()).Find();
        await ReadBooks();
        Figures = new FiguresPublication(
            this, Compute, SendToCommunity, NextClockChange, options.Value, clock, log, figuresMetrics, "compound");
        Healing = new PlaceHealing(this, healer, options.Value.ReconcileInterval, log);
        Healing.Start(Heal, firstNow: false);
        await KeepBreachReminder();
        await Figures.Start();
    }

    /// <summary>
    /// Counts every ticket afresh from one read of durable storage; the changes still on their way are those the read
    /// already counts, so the stream's delivery of them is dropped.
    /// </summary>
    private async Task<FiguresRebuild> Rebuild(bool raiseRecentBreaches, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        var now = clock.GetUtcNow();
        var tally = new TicketTally(now);
        var read = 0;
        List<TicketFacts> recentlyBreached = [];
        var snapshot = await durableFacts.Read(this.GetPrimaryKeyString(), (ticket, _) =>
        {
            read++;
            tally.Include(ticket);
            if (raiseRecentBreaches && ticket.Status.IsOpen() && ticket.RespondedAt is null
                && ticket.ResponseDue < now && ticket.ResponseDue > now - BreachLookback)
            {
                recentlyBreached.Add(ticket);
            }
        }, cancellationToken);
        foreach (var (ticketId, version) in snapshot.TicketsInFlight)
        {
            tally.CountedAt(ticketId, version);
        }

        _tickets = tally;
        _plans = snapshot.Plans.ToDictionary(plan => plan.Facts.Id);
        foreach (var ticket in recentlyBreached)
        {
            await RaiseBreach(ticket, now);
        }

        return new FiguresRebuild(read, _plans.Count, tally.Watched, clock.GetElapsedTime(started));
    }

    /// <summary>The backstop: the books and the branch are read again; the tickets, only if their changes went astray.</summary>
    private async Task Heal(bool afresh)
    {
        if (_tickets.NeedsRebuild)
        {
            await Rebuild(raiseRecentBreaches: false);
            afresh = true;
        }

        _branch = await GrainFactory.GetGrain<IBranchGrain>(this.GetPrimaryKeyString()).Find();
        await ReadBooks();
        if (afresh)
        {
            Figures?.Changed();
        }
    }

    /// <summary>
    /// Reads the facts of the ledger and seal register the compound's flags call for (at activation, when a book
    /// changes, and at every backstop); newer facts than those held win.
    /// </summary>
    private async Task ReadBooks()
    {
        var profile = state.State.Profile;
        var ledger = profile.Bookkeeping ? await GrainFactory.GetGrain<ILedgerGrain>(profile.Id).FindFacts() : null;
        var seals = profile.DualSeal ? await GrainFactory.GetGrain<ISealRegisterGrain>(profile.Id).FindFacts() : null;
        if (Newer(_ledger, ledger, f => f.Version))
        {
            _ledger = ledger;
            Figures?.Changed();
        }

        if (Newer(_seals, seals, f => f.Version))
        {
            _seals = seals;
            Figures?.Changed();
        }
    }

    private static bool Newer<T>(T? held, T? read, Func<T, int> version)
        where T : class =>
        read is not null && (held is null || version(read) > version(held));

    private PlaceReport Compute(DateTimeOffset now)
    {
        var profile = state.State.Profile;
        var figures = FiguresCalculator.ForCompound(profile, _branch, _tickets, _plans.Values.Select(plan => plan.Facts), 0, now);
        figures.Funds = FundsCounts.Of(profile.Bookkeeping, _ledger, profile.DualSeal, _seals);
        foreach (var breached in _tickets.TakeBreaches())
        {
            RaiseBreach(breached, now).Ignore();
        }

        return new PlaceReport(profile.Id, profile.Name, profile.NameZh, PlaceKind.Compound, figures);
    }

    private DateTimeOffset? NextClockChange(DateTimeOffset now) =>
        ClockChanges.Earliest(_tickets.NextChange(), ClockChanges.ForPlans(_plans.Values.Select(plan => plan.Facts), now));

    private Task SendToCommunity(ChildFigures snapshot) =>
        this.Send(GovernanceChannels.Community, state.State.Profile.CommunityId, snapshot, log);

    private Task RaiseBreach(TicketFacts ticket, DateTimeOffset now)
    {
        serviceLevels.ResponseBreached(ticket.Category);
        return this.Send(GovernanceChannels.SlaBreaches, state.State.Profile.CommunityId, new SlaBreach(ticket.Id, this.GetPrimaryKeyString(), ticket.ResponseDue, now), log);
    }

    /// <summary>
    /// While a response limit is ahead, a reminder stays registered, so a compound lost with a crashed silo comes back
    /// (within a minute) to raise its breaches; a busy compound registers it once, not per request.
    /// </summary>
    private async Task KeepBreachReminder()
    {
        if (!_breachReminder && _tickets.AwaitsResponse())
        {
            await this.RegisterOrUpdateReminder(BreachReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            _breachReminder = true;
        }
    }

    /// <summary>Applies a change to an existing compound (or, when <paramref name="creating"/>, a new one), saves it and republishes.</summary>
    private async Task<CompoundProfile> Change(Action<CompoundState> change, bool creating = false)
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
        return state.State.Profile;
    }
}
