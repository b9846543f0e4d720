using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Grains;

public sealed class PlanGrain(
    [PersistentState("plan", GovernanceStorage.ProviderName)] IPersistentState<Plan> state) : Grain, IPlanGrain
{
    public async Task<Plan> Create(PlanDraft draft)
    {
        if (state.RecordExists)
        {
            throw DomainRuleException.Conflict($"plan '{this.GetPrimaryKeyString()}' already exists.");
        }

        var plan = Plan.Create(this.GetPrimaryKeyString(), draft);
        await Store(plan);
        return plan;
    }

    public Task<Plan> Get() => Task.FromResult(state.Existing(this, "plan"));

    public Task<Plan> AddMilestone(MilestoneDraft draft, int? expectedVersion) =>
        Apply(expectedVersion, p => p.AddMilestone(draft));

    public Task<Plan> Tick(string milestoneId, Stamp stamp, int? expectedVersion) =>
        Apply(expectedVersion, p => p.Tick(milestoneId, stamp));

    public Task<Plan> Untick(string milestoneId, Stamp stamp, int? expectedVersion) =>
        Apply(expectedVersion, p => p.Untick(milestoneId, stamp));

    public async Task Import(Plan plan)
    {
        if (state.RecordExists)
        {
            return;
        }

        if (plan.Id != this.GetPrimaryKeyString())
        {
            throw DomainRuleException.Invalid($"plan '{plan.Id}' cannot be imported as '{this.GetPrimaryKeyString()}'.");
        }

        await Store(plan);
    }

    private async Task Store(Plan plan)
    {
        if (!PlaceIds.IsChildOf(plan.Id, plan.CompoundId) || !plan.Id[(plan.CompoundId.Length + 1)..].StartsWith("plan-", StringComparison.Ordinal))
        {
            throw DomainRuleException.Invalid($"plan id '{plan.Id}' must be '{plan.CompoundId}.plan-<slug>'.");
        }

        var compound = GrainFactory.GetGrain<ICompoundGrain>(plan.CompoundId);
        await compound.AttachPlan(plan.Id);
        state.State = plan;
        await state.Save();
        await compound.RecordPlan(PlanFacts.Of(plan));
    }

    private async Task<Plan> Apply(int? expectedVersion, Action<Plan> change)
    {
        var plan = state.Existing(this, "plan");
        plan.ExpectVersion(expectedVersion);
        change(plan);
        await state.Save();
        await GrainFactory.GetGrain<ICompoundGrain>(plan.CompoundId).RecordPlan(PlanFacts.Of(plan));
        return plan;
    }
}
