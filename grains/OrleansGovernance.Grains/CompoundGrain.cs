using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.BroadcastChannel;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Ledger;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Seals;
using OrleansGovernance.Grains.Metrics;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Grains;

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
    private readonly CompoundFigures _facts = new();
    private BranchProfile? _branch;
    private LedgerFacts? _ledger;
    private SealFacts? _seals;
    private DeadlineWatch? _deadlines;
    private DateTimeOffset? _readUpTo;

    private CompoundState Existing => state.Existing(this, "compound");

    private protected override void RequireExisting() => _ = Existing;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists)
        {
            await StartFigures(cancellationToken);
        }
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

    public Task RecordTickets(IReadOnlyList<Domain.Tickets.TicketFacts> facts)
    {
        _ = Existing;
        if (_facts.Merge(facts, []))
        {
            FactsChanged();
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> GetTicketIds()
    {
        _ = Existing;
        return Task.FromResult<IReadOnlyList<string>>([.. _facts.Tickets.Keys.Order(StringComparer.Ordinal)]);
    }

    public Task<IReadOnlyList<string>> FindTickets(Domain.Tickets.TicketQuery query)
    {
        _ = Existing;
        return Task.FromResult(query.Select(_facts.Tickets.Values));
    }

    public Task OnSubscribed(IBroadcastChannelSubscription channel) => channel.Attach<CompoundEvent>(Handle);

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        _deadlines?.OnReminder() ?? Task.CompletedTask;

    private async Task Handle(CompoundEvent e)
    {
        if (!state.RecordExists)
        {
            return;
        }

        switch (e)
        {
            case TicketChanged ticket when _facts.Merge([ticket.Facts], []):
                FactsChanged(ticket.ChangedAt);
                break;
            case PlanChanged plan when _facts.Merge([], [plan.Facts]):
                FactsChanged(plan.ChangedAt);
                break;
            case LedgerChanged ledger when Newer(_ledger, ledger.Facts, f => f.Version):
                _ledger = ledger.Facts;
                Figures?.Changed();
                break;
            case SealsChanged seals when Newer(_seals, seals.Facts, f => f.Version):
                _seals = seals.Facts;
                Figures?.Changed();
                break;
            case BranchChanged:
                _branch = await GrainFactory.GetGrain<IBranchGrain>(this.GetPrimaryKeyString()).Find();
                Figures?.Changed();
                break;
        }
    }

    private async Task StartFigures(CancellationToken cancellationToken)
    {
        var loaded = await durableFacts.Load(this.GetPrimaryKeyString(), null, cancellationToken);
        _facts.Merge(loaded.Tickets, loaded.Plans);
        _readUpTo = loaded.ReadUpTo;
        _branch = await GrainFactory.GetGrain<IBranchGrain>(this.GetPrimaryKeyString()).Find();
        await ReadBooks();
        _deadlines = new DeadlineWatch(this, _facts, clock, BreachRaised);
        Figures = new FiguresPublication(
            this, Compute, SendToCommunity, now => ClockChanges.Next(_facts.Tickets.Values, _facts.Plans.Values, now),
            options.Value, clock, log, figuresMetrics, "compound");
        Healing = new PlaceHealing(this, healer, options.Value.ReconcileInterval, log);
        Healing.Start(Reconcile, firstNow: false);
        await _deadlines.Rearm();
        await Figures.Start();
    }

    /// <param name="at">When the change was stored, when known (an event on the compound's channel); healing from storage has no such time.</param>
    private void FactsChanged(DateTimeOffset? at = null)
    {
        if (at is { } changedAt)
        {
            Figures?.Changed(changedAt);
        }
        else
        {
            Figures?.Changed();
        }

        _deadlines?.Rearm().Ignore();
    }

    /// <summary>
    /// Reads what changed in storage since the last read (with an overlap for writes still committing); afresh, the
    /// figures are published under a new version whatever was read.
    /// </summary>
    private async Task Reconcile(bool afresh)
    {
        var since = _readUpTo?.AddSeconds(-5);
        var loaded = await durableFacts.Load(this.GetPrimaryKeyString(), since, CancellationToken.None);
        _readUpTo = loaded.ReadUpTo ?? _readUpTo;
        if (_facts.Merge(loaded.Tickets, loaded.Plans) || afresh)
        {
            FactsChanged();
        }

        await ReadBooks();
    }

    /// <summary>
    /// Reads the facts of the ledger and seal register the compound's flags call for (at activation, and at every
    /// reconciliation, which heals a lost event); newer facts than those held win.
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
        var figures = FiguresCalculator.ForCompound(profile, _branch, _facts.Tickets.Values, _facts.Plans.Values, 0, now);
        figures.Funds = FundsCounts.Of(profile.Bookkeeping, _ledger, profile.DualSeal, _seals);
        return new PlaceReport(profile.Id, profile.Name, profile.NameZh, PlaceKind.Compound, figures);
    }

    private Task SendToCommunity(ChildFigures snapshot) =>
        this.Send(GovernanceChannels.Community, state.State.Profile.CommunityId, snapshot, log);

    private async Task BreachRaised(SlaBreach breach)
    {
        serviceLevels.ResponseBreached(_facts.Tickets[breach.TicketId].Category);
        Figures?.Changed();
        await this.Send(GovernanceChannels.SlaBreaches, state.State.Profile.CommunityId, breach, log);
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
