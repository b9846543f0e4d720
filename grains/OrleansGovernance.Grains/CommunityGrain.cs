using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains;

public sealed class CommunityGrain(
    [PersistentState("community", GovernanceStorage.ProviderName)] IPersistentState<CommunityState> state,
    TimeProvider clock) : Grain, ICommunityGrain
{
    private CommunityState Existing => state.Existing(this, "community");

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

            profile.Compounds = state.State.Profile.Compounds;
        }
        else
        {
            profile.Compounds = [];
            await GrainFactory.GetGrain<IRegionGrain>(profile.RegionId).AttachChild(profile.Id, PlaceKind.Community);
        }

        state.State.Profile = profile;
        await Save();
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
            current.Profile.Compounds.Add(compoundId);
            await Save();
        }
    }

    public async Task<CommunityProfile> SetCouncil(Council? council)
    {
        council?.Validate();
        Existing.Profile.Council = council;
        await Save();
        return state.State.Profile;
    }

    public async Task<CommunityProfile> AddCoBuildingUnit(CoBuildingUnit unit)
    {
        unit.Validate();
        var profile = Existing.Profile;
        if (profile.CoBuildingUnits.Any(u => u.Id == unit.Id))
        {
            throw DomainRuleException.Conflict($"co-building unit '{unit.Id}' already exists in '{profile.Id}'.");
        }

        if (unit.PairedCompoundId is { } paired && !profile.Compounds.Contains(paired))
        {
            throw DomainRuleException.Invalid($"compound '{paired}' is not in community '{profile.Id}'.");
        }

        profile.CoBuildingUnits.Add(unit);
        await Save();
        return profile;
    }

    public async Task<ResourceItem> ListResource(ResourceDraft draft, Stamp stamp)
    {
        var lists = Existing.Lists;
        var item = lists.ListResource($"resource-{lists.Resources.Count + 1:D4}", draft, stamp);
        await Save();
        return item;
    }

    public async Task<DemandItem> CollectDemand(DemandDraft draft, Stamp stamp)
    {
        var current = Existing;
        if (draft.CompoundId is { } compound && !current.Profile.Compounds.Contains(compound))
        {
            throw DomainRuleException.Invalid($"compound '{compound}' is not in community '{current.Profile.Id}'.");
        }

        var item = current.Lists.CollectDemand($"demand-{current.Lists.Demands.Count + 1:D4}", draft, stamp);
        await Save();
        return item;
    }

    public async Task<DemandClaim> ClaimDemand(ClaimDraft draft, Stamp stamp)
    {
        var lists = Existing.Lists;
        var claim = lists.Claim($"claim-{lists.Claims.Count + 1:D4}", draft, stamp);
        await Save();
        return claim;
    }

    public Task<ThreeLists> GetThreeLists() => Task.FromResult(Existing.Lists);

    public async Task<Meeting> RecordMeeting(MeetingDraft draft, Stamp stamp)
    {
        var current = Existing;
        draft.Validate();
        stamp.Validate();
        var meeting = new Meeting(
            $"meeting-{current.Meetings.Count + 1:D4}", draft.Kind, draft.Title.Trim(), stamp.At, draft.Attendees,
            draft.Agenda, draft.AgreedMatters, stamp.By, draft.Synthetic);
        foreach (var ticketId in meeting.SettledTickets)
        {
            await RequireSettleable(ticketId, current.Profile.Id);
        }

        current.Meetings.Add(meeting);
        await Save();
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
        var current = Existing;
        if (current.Meetings.Count > 0 || current.Lists.Resources.Count > 0 || current.Lists.Demands.Count > 0)
        {
            return;
        }

        current.Lists = lists;
        current.Meetings = [.. meetings];
        await Save();
    }

    public async Task<PlaceReport> GetReport()
    {
        var current = Existing;
        var compounds = await Task.WhenAll(
            current.Profile.Compounds.Select(id => GrainFactory.GetGrain<ICompoundGrain>(id).GetReport()));
        var figures = FiguresCalculator.ForCommunity(
            current.Lists, current.Meetings, compounds.Select(c => c.Figures), current.Version, clock.GetUtcNow());
        var p = current.Profile;
        return new PlaceReport(p.Id, p.Name, p.NameZh, PlaceKind.Community, figures);
    }

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

    private async Task Save()
    {
        state.State.Version++;
        await state.Save();
    }
}
