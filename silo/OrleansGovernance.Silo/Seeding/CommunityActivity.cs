using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>The lists and meetings of one community, built in time order through the domain rules before import.</summary>
internal sealed class CommunityActivity
{
    public ThreeLists Lists { get; } = new();

    public List<Meeting> Meetings { get; } = [];

    /// <summary>The community's council, which its council meetings' matters are checked against.</summary>
    public Council? Council { get; set; }

    public IReadOnlyCollection<string> Compounds { get; set; } = [];

    public ResourceItem Resource(string title, string offeredBy, DateTimeOffset at, bool synthetic) =>
        Lists.ListResource($"resource-{Lists.Resources.Count + 1:D4}", new ResourceDraft(title, offeredBy, synthetic), new Stamp("seed", at));

    public DemandItem Demand(string title, DemandChannel source, string? compoundId, DateTimeOffset at, bool synthetic) =>
        Lists.CollectDemand($"demand-{Lists.Demands.Count + 1:D4}", new DemandDraft(title, source, compoundId, synthetic), new Stamp("seed", at));

    public DemandClaim Claim(DemandItem demand, ResourceItem? resource, string? responsibleParty, DateTimeOffset at) =>
        Lists.Claim($"claim-{Lists.Claims.Count + 1:D4}", new ClaimDraft(demand.Id, resource?.Id, responsibleParty), new Stamp("seed", at));

    public Meeting Meeting(MeetingDraft draft, DateTimeOffset at, string recordedBy)
    {
        draft.Validate();
        CouncilRules.RequireAgreed(draft, Council, Compounds, CouncilRules.DefaultUrgentLimit, at);
        var meeting = new Meeting(
            $"meeting-{Meetings.Count + 1:D4}", draft.Kind, draft.Title, at, draft.Attendees, draft.Agenda,
            draft.AgreedMatters, recordedBy, draft.Synthetic, draft.Form);
        Meetings.Add(meeting);
        return meeting;
    }
}
