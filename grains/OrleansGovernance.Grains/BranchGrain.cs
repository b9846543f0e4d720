using Microsoft.Extensions.Logging;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Grains;

public sealed class BranchGrain(
    [PersistentState("branch", GovernanceStorage.ProviderName)] IPersistentState<BranchProfile> state,
    ILogger<BranchGrain> log) : Grain, IBranchGrain
{
    public async Task<BranchProfile> Define(BranchProfile profile)
    {
        if (profile.CompoundId != this.GetPrimaryKeyString())
        {
            throw DomainRuleException.Invalid($"branch of '{profile.CompoundId}' cannot be stored as the branch of '{this.GetPrimaryKeyString()}'.");
        }

        profile.Validate();
        await GrainFactory.GetGrain<ICompoundGrain>(profile.CompoundId).GetProfile();
        await state.Update(this, _ => profile);
        await Publish();
        return profile;
    }

    public Task<BranchProfile> GetProfile() => Task.FromResult(state.Existing(this, "branch"));

    /// <summary>
    /// Asked by the compound when it activates (and when the branch tells it of a change); the compound keeps what it
    /// is given. A compound without a branch would otherwise leave an empty branch activation behind for as long as
    /// the compound lives: one idle activation per compound, which doubles a silo's activations at national scale.
    /// </summary>
    public Task<BranchProfile?> Find()
    {
        if (!state.RecordExists)
        {
            DeactivateOnIdle();
            return Task.FromResult<BranchProfile?>(null);
        }

        return Task.FromResult<BranchProfile?>(state.State);
    }

    public Task<BranchProfile> SetSecretary(Secretary secretary) => Change(b => b.Secretary = secretary);

    public Task<BranchProfile> SetDeputySecretary(DeputySecretary? deputy) => Change(b => b.DeputySecretary = deputy);

    public Task<BranchProfile> AddAssignedCadre(AssignedCadre cadre) => Change(b => b.AssignedCadres.Add(cadre));

    public Task<BranchProfile> AddVanguardTeam(VanguardTeam team) => Change(b => b.VanguardTeams.Add(team));

    /// <summary>Applies the change to a copy and validates it first, so a refused change leaves the branch as it was.</summary>
    private async Task<BranchProfile> Change(Action<BranchProfile> change)
    {
        state.Existing(this, "branch");
        await state.Update(this, current =>
        {
            var changed = new BranchProfile
            {
                CompoundId = current.CompoundId,
                Secretary = current.Secretary,
                DeputySecretary = current.DeputySecretary,
                PartyMembers = current.PartyMembers,
                AssignedCadres = [.. current.AssignedCadres],
                VanguardTeams = [.. current.VanguardTeams],
            };
            change(changed);
            changed.Validate();
            return changed;
        });
        await Publish();
        return state.State;
    }

    private Task Publish() =>
        this.Send<CompoundEvent>(GovernanceChannels.Compound, state.State.CompoundId, new BranchChanged(), log);
}
