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
        await Store(plan, failIfStored: true);
        return plan;
    }

    public Task<Plan> Get() => Task.FromResult(state.Existing(this, "plan"));

    public Task<Plan> AddMilestone(MilestoneDraft draft, int? expectedVersion) =>
        Apply(expectedVersion, p => p.AddMilestone(draft));

    public Task<Plan> Tick(string milestoneId, Stamp stamp, int? expectedVersion) =>
        Apply(expectedVersion, p => p.Tick(milestoneId, stamp));

    public Task<Plan> Untick(string milestoneId, Stamp stamp, int? expectedVersion) =>
        Apply(expectedVersion, p => p.Untick(milestoneId, stamp));

    public Task<Plan> Take(string milestoneId, MilestoneStep step, Stamp stamp, IReadOnlyList<EvidenceRef> evidence, int? expectedVersion) =>
        Apply(expectedVersion, p => p.Take(milestoneId, step, stamp, evidence));

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

        await Store(plan, failIfStored: false);
    }

    private async Task Store(Plan plan, bool failIfStored)
    {
        if (!PlaceIds.IsChildOf(plan.Id, plan.CompoundId) || !plan.Id[(plan.CompoundId.Length + 1)..].StartsWith("plan-", StringComparison.Ordinal))
        {
            throw DomainRuleException.Invalid($"plan id '{plan.Id}' must be '{plan.CompoundId}.plan-<slug>'.");
        }

        var compound = GrainFactory.GetGrain<ICompoundGrain>(plan.CompoundId);
        await compound.AttachPlan(plan.Id);
        await state.Update(this, stored => !state.RecordExists ? plan
            : failIfStored ? throw DomainRuleException.Conflict($"plan '{plan.Id}' already exists.")
            : stored);
    }

    private async Task<Plan> Apply(int? expectedVersion, Action<Plan> change)
    {
        state.Existing(this, "plan");
        await state.Update(this, plan =>
        {
            plan.ExpectVersion(expectedVersion);
            change(plan);
            return plan;
        });
        return state.State;
    }
}
