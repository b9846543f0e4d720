using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Grains;

/// <summary>
/// A community's door-visit register. Every change is durable before it is answered and before the community hears
/// of it; a visit is written to its month's log before the register counts it.
/// </summary>
public sealed class HouseholdRegisterGrain(
    [PersistentState("household-register", GovernanceStorage.ProviderName)] IPersistentState<HouseholdRegister> state,
    TimeProvider clock) : Grain, IHouseholdRegisterGrain
{
    // Room in a version for the minute of a count (Unix minutes stay below this for 19,000 years).
    private const long MinutesPerChange = 10_000_000_000;

    // Set while a change is being written: an interleaved read of the figures then answers what storage held before it.
    private WorkFigures? _stored;
    private bool _writing;

    private string CommunityId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stored = state.RecordExists ? Figures() : null;
        return Task.CompletedTask;
    }

    /// <summary>
    /// The cadence moves with the clock alone, so figures read between changes are counted afresh; the community's
    /// regular pull then carries a household newly overdue up to the city within one pull interval.
    /// </summary>
    public Task<WorkFigures?> GetWorkFigures()
    {
        if (state.RecordExists && !_writing)
        {
            _stored = Figures();
        }

        return Task.FromResult(_stored);
    }

    public async Task<IReadOnlyList<Household>> GetHouseholds()
    {
        if (state.RecordExists)
        {
            return [.. state.State.Households.Values];
        }

        await RequireCommunity();
        DeactivateOnIdle();
        return [];
    }

    public async Task<Household> Register(HouseholdDraft draft, Stamp stamp)
    {
        // Throws NotFound for a community never defined, before anything is stored under its id.
        var community = await GrainFactory.GetGrain<ICommunityGrain>(CommunityId).GetProfile();
        if (!community.Compounds.Contains(draft.CompoundId))
        {
            // A household of a compound the community does not hold could never have a request filed from its visits.
            throw DomainRuleException.Invalid($"compound '{draft.CompoundId}' is not a compound of community '{CommunityId}'.");
        }

        return await Change(register => register.Register(draft, stamp));
    }

    public async Task<Household> SetCadence(string reference, int? cadenceDays, Stamp stamp)
    {
        stamp.Validate();
        _ = state.RecordExists ? state.State.Find(reference) : throw DomainRuleException.NotFound("household", reference);
        return await Change(register => register.SetCadence(reference, cadenceDays));
    }

    public async Task<Household> CheckVisit(VisitDraft draft, Stamp stamp)
    {
        await RequireCommunity();
        var register = Existing();
        var visit = register.Visit(draft, stamp, null);
        return register.Find(visit.HouseholdReference);
    }

    public async Task<DoorVisit> RecordVisit(VisitDraft draft, Stamp stamp, string? ticketId)
    {
        await RequireCommunity();
        var visit = Existing().Visit(draft, stamp, ticketId);
        await VisitLogs.Of(GrainFactory, CommunityId, ChinaTime.Month(visit.VisitedAt)).Keep(visit);
        await Change(register =>
        {
            register.Keep(visit);
            return visit;
        });
        return visit;
    }

    public async Task Import(HouseholdRegister register, IReadOnlyList<VisitLog> logs)
    {
        if (state.RecordExists)
        {
            return;
        }

        if (register.CommunityId != CommunityId || logs.Any(log => log.CommunityId != CommunityId))
        {
            throw DomainRuleException.Invalid($"a register or log of another community cannot be imported as that of '{CommunityId}'.");
        }

        await RequireCommunity();
        foreach (var log in logs)
        {
            await VisitLogs.Of(GrainFactory, CommunityId, log.Month).Import(log);
        }

        await state.Update(this, _ => register);
        await Publish();
    }

    private HouseholdRegister Existing() =>
        state.RecordExists ? state.State : throw DomainRuleException.Invalid($"community '{CommunityId}' has no household on its register yet; register one first.");

    private async Task RequireCommunity()
    {
        if (!state.RecordExists)
        {
            // Throws NotFound for a community never defined, before anything is stored under its id.
            _ = await GrainFactory.GetGrain<ICommunityGrain>(CommunityId).GetProfile();
        }
    }

    /// <summary>Applies a change (opening the register on its first), makes it durable, then tells the community.</summary>
    private async Task<T> Change<T>(Func<HouseholdRegister, T> change)
    {
        T result = default!;
        _writing = true;
        try
        {
            await state.Update(this, stored =>
            {
                var register = state.RecordExists ? stored : HouseholdRegister.Open(CommunityId);
                result = change(register);
                return register;
            });
        }
        finally
        {
            _writing = false;
        }

        await Publish();
        return result;
    }

    /// <summary>Tells the community of what storage now holds (one way: the community never makes the register wait).</summary>
    private Task Publish()
    {
        _stored = Figures();
        return GrainFactory.GetGrain<ICommunityGrain>(CommunityId).AcceptWork(_stored);
    }

    /// <summary>
    /// The version rises with every change and, between changes, when the clock alone has moved the cadence figures
    /// (the minute they were counted breaks the tie, so it rises across activations too, and within a minute it rises
    /// by one); a count that has not moved keeps its version, so a pull that finds nothing new publishes nothing.
    /// </summary>
    private WorkFigures Figures()
    {
        var now = clock.GetUtcNow();
        var figures = state.State.Figures(now);
        if (_stored is { } held && held.Version / MinutesPerChange == state.State.Changes && SameCadence(held.Figures.Cadence, figures.Cadence))
        {
            return held;
        }

        var version = (state.State.Changes * MinutesPerChange) + (now.ToUnixTimeSeconds() / 60);
        return new(CommunityWork.DoorVisits, _stored is { } last ? Math.Max(version, last.Version + 1) : version, figures);
    }

    private static bool SameCadence(VisitCadence a, VisitCadence b) =>
        a.Households == b.Households && a.VisitedWithin == b.VisitedWithin && a.Overdue == b.Overdue;
}
