using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Party;

namespace OrleansGovernance.Grains;

/// <summary>
/// A community's party register. Services are filed in their month's log before the register counts them, so every
/// counted service is in a log; the community hears of each durable change one way.
/// </summary>
public sealed class PartyRegisterGrain(
    [PersistentState("party-register", GovernanceStorage.ProviderName)] IPersistentState<PartyRegister> state,
    TimeProvider clock) : Grain, IPartyRegisterGrain
{
    private const string Source = "party-register";

    // The figures of what storage holds: the community may ask while a change is being written.
    private WorkFigures? _stored;
    private bool _writing;

    private string CommunityId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stored = state.RecordExists ? Figures() : null;
        return Task.CompletedTask;
    }

    public Task<WorkFigures?> GetWorkFigures()
    {
        // "Active last quarter" moves with the date, so figures of a later day are newer even without a change.
        if (state.RecordExists && !_writing)
        {
            _stored = Figures();
        }

        return Task.FromResult(_stored);
    }

    public async Task<PartyRegister> Get()
    {
        await Compounds();
        if (state.RecordExists)
        {
            return state.State;
        }

        DeactivateOnIdle();
        return PartyRegister.Open(CommunityId);
    }

    public async Task<PartyMember> RegisterMember(PartyMemberDraft draft)
    {
        var compounds = await Compounds();
        return await Change(r => r.Register(draft, compounds));
    }

    public async Task<ServiceTeam> FormTeam(ServiceTeamDraft draft)
    {
        var compounds = await Compounds();
        return await Change(r => r.Form(draft, compounds));
    }

    public async Task<ServiceTeam> JoinTeam(string teamId, string memberId)
    {
        await Compounds();
        return await Change(r => r.Join(teamId, memberId));
    }

    public async Task<ServiceActivity> RecordActivity(ServiceActivityDraft draft, Stamp stamp)
    {
        await Compounds();
        var activity = (state.RecordExists ? state.State : PartyRegister.Open(CommunityId)).Prepare(draft, stamp);
        await Log(activity.Month).File([activity]);
        await Change(r =>
        {
            r.Count(activity);
            return activity;
        });
        return activity;
    }

    public async Task<IReadOnlyList<ServiceActivity>> GetActivities(int month)
    {
        await Compounds();
        if (month % 100 is < 1 or > 12 || month / 100 is < 1949 or > 2100)
        {
            throw DomainRuleException.Invalid($"month '{month}' is not a month (yyyymm).");
        }

        return state.RecordExists ? await Log(month).Get() : [];
    }

    public async Task Import(PartyRegisterImport register, Stamp recordedBy)
    {
        var compounds = await Compounds();
        if (state.RecordExists)
        {
            return;
        }

        var built = PartyRegister.Open(CommunityId);
        register.Members.ToList().ForEach(m => built.Register(m, compounds));
        register.Teams.ToList().ForEach(t => built.Form(t, compounds));
        var activities = new List<ServiceActivity>();
        foreach (var draft in register.Activities)
        {
            var activity = built.Prepare(draft, recordedBy);
            built.Count(activity);
            activities.Add(activity);
        }

        await Task.WhenAll(activities.GroupBy(a => a.Month).Select(month => Log(month.Key).File([.. month])));
        await Write(_ => built);
    }

    private IServiceLogGrain Log(int month) => GrainFactory.GetGrain<IServiceLogGrain>(ServiceLog.Key(CommunityId, month));

    /// <summary>The community's compounds; NotFound (and nothing left behind) when the community does not exist.</summary>
    private async Task<IReadOnlyCollection<string>> Compounds()
    {
        try
        {
            return (await GrainFactory.GetGrain<ICommunityGrain>(CommunityId).GetProfile()).Compounds;
        }
        catch (DomainRuleException e) when (e.Violation == RuleViolation.NotFound && !state.RecordExists)
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task<T> Change<T>(Func<PartyRegister, T> change)
    {
        T result = default!;
        await Write(stored =>
        {
            var register = state.RecordExists ? stored : PartyRegister.Open(CommunityId);
            result = change(register);
            return register;
        });
        return result;
    }

    private async Task Write(Func<PartyRegister, PartyRegister> change)
    {
        _writing = true;
        try
        {
            await state.Update(this, change);
        }
        finally
        {
            _writing = false;
        }

        _stored = Figures();
        await GrainFactory.GetGrain<ICommunityGrain>(CommunityId).AcceptWork(_stored);
    }

    /// <summary>
    /// Versioned by changes plus the China day number: both only rise, so a change or a new day (when the rolling
    /// quarter moves) always reads as newer to the community.
    /// </summary>
    private WorkFigures Figures()
    {
        var now = clock.GetUtcNow();
        return new WorkFigures(Source, state.State.Changes + ChinaTime.Date(now).DayNumber, state.State.Figures(now));
    }
}
