using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains;

public sealed class CompoundGrain(
    [PersistentState("compound", GovernanceStorage.ProviderName)] IPersistentState<CompoundState> state,
    TimeProvider clock) : Grain, ICompoundGrain
{
    private CompoundState Existing => state.Existing(this, "compound");

    public async Task<CompoundProfile> Define(CompoundProfile profile)
    {
        if (profile.Id != this.GetPrimaryKeyString())
        {
            throw DomainRuleException.Invalid($"profile id '{profile.Id}' does not match compound '{this.GetPrimaryKeyString()}'.");
        }

        profile.Validate();
        if (state.RecordExists)
        {
            if (profile.CommunityId != state.State.Profile.CommunityId)
            {
                throw DomainRuleException.Invalid("a compound cannot move to another community.");
            }

            profile.Plans = state.State.Profile.Plans;
        }
        else
        {
            profile.Plans = [];
            await GrainFactory.GetGrain<ICommunityGrain>(profile.CommunityId).AttachCompound(profile.Id);
        }

        return await Change(s => s.Profile = profile, creating: true);
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

    public Task<CompoundProfile> SetFlags(bool dualSeal, bool bookkeeping)
    {
        if (dualSeal && Existing.Profile.OwnersCommittee is null)
        {
            throw DomainRuleException.Invalid("the dual-seal rule needs an owners' committee to hold the committee seal.");
        }

        return Change(s =>
        {
            s.Profile.DualSeal = dualSeal;
            s.Profile.Bookkeeping = bookkeeping;
        });
    }

    public Task<CompoundProfile> RecordSurvey(PropertySurvey survey)
    {
        survey.Validate();
        if (Existing.Profile.Surveys.Any(s => s.Year == survey.Year))
        {
            throw DomainRuleException.Conflict($"compound '{Existing.Profile.Id}' already has a survey for {survey.Year}.");
        }

        return Change(s => s.Profile.Surveys.Add(survey));
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

    public Task RecordTicket(TicketFacts facts) => RecordTickets([facts]);

    public async Task RecordTickets(IReadOnlyList<TicketFacts> facts)
    {
        if (facts.Any(f => IsNewer(Existing.Tickets, f.Id, f.Version, held => held.Version)))
        {
            await Change(s =>
            {
                foreach (var f in facts.Where(f => IsNewer(s.Tickets, f.Id, f.Version, held => held.Version)))
                {
                    s.Tickets[f.Id] = f;
                }
            });
        }
    }

    public async Task RecordPlan(PlanFacts facts)
    {
        if (IsNewer(Existing.Plans, facts.Id, facts.Version, f => f.Version))
        {
            await Change(s =>
            {
                if (IsNewer(s.Plans, facts.Id, facts.Version, f => f.Version))
                {
                    s.Plans[facts.Id] = facts;
                }
            });
        }
    }

    public Task<IReadOnlyList<string>> GetTicketIds() =>
        Task.FromResult<IReadOnlyList<string>>([.. Existing.Tickets.Keys.Order(StringComparer.Ordinal)]);

    public async Task<PlaceReport> GetReport()
    {
        var current = Existing;
        var branch = await GrainFactory.GetGrain<IBranchGrain>(current.Profile.Id).Find();
        var figures = FiguresCalculator.ForCompound(
            current.Profile, branch, current.Tickets.Values, current.Plans.Values, current.Version, clock.GetUtcNow());
        var p = current.Profile;
        return new PlaceReport(p.Id, p.Name, p.NameZh, PlaceKind.Compound, figures);
    }

    /// <summary>Applies a change to an existing compound (or, when <paramref name="creating"/>, to a new one) and saves it.</summary>
    private async Task<CompoundProfile> Change(Action<CompoundState> change, bool creating = false)
    {
        if (!creating)
        {
            _ = Existing;
        }

        await state.Update(this, s =>
        {
            change(s);
            s.Version++;
            return s;
        });
        return state.State.Profile;
    }

    /// <summary>Facts newer than those held; older or repeated news about a ticket or plan is ignored.</summary>
    private static bool IsNewer<TFacts>(Dictionary<string, TFacts> held, string id, int version, Func<TFacts, int> versionOf) =>
        !held.TryGetValue(id, out var current) || versionOf(current) < version;
}
