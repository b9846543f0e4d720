using Orleans.Concurrency;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Abstractions;

/// <summary>A community: profile, compounds, council, co-building units, the three lists and meetings.</summary>
[Alias("governance.ICommunityGrain")]
public interface ICommunityGrain : IPlaceFiguresGrain
{
    /// <summary>Creates or updates the community (its compound list is kept by the grain) and registers it with its subdistrict.</summary>
    [Alias("Define")]
    Task<CommunityProfile> Define(CommunityProfile profile);

    [Alias("GetProfile")]
    Task<CommunityProfile> GetProfile();

    [Alias("AttachCompound")]
    Task AttachCompound(string compoundId);

    [Alias("SetCouncil")]
    Task<CommunityProfile> SetCouncil(Council? council);

    [Alias("AddCoBuildingUnit")]
    Task<CommunityProfile> AddCoBuildingUnit(CoBuildingUnit unit);

    [Alias("ListResource")]
    Task<ResourceItem> ListResource(ResourceDraft draft, Stamp stamp);

    [Alias("CollectDemand")]
    Task<DemandItem> CollectDemand(DemandDraft draft, Stamp stamp);

    [Alias("ClaimDemand")]
    Task<DemandClaim> ClaimDemand(ClaimDraft draft, Stamp stamp);

    [Alias("GetThreeLists")]
    Task<ThreeLists> GetThreeLists();

    /// <summary>Records a joint or council meeting; its agreed matters settle the tickets they name.</summary>
    [Alias("RecordMeeting")]
    Task<Meeting> RecordMeeting(MeetingDraft draft, Stamp stamp);

    [Alias("GetMeetings")]
    Task<IReadOnlyList<Meeting>> GetMeetings();

    /// <summary>The most recent requests that ran out of their response limit unanswered, newest first.</summary>
    [Alias("GetRecentBreaches")]
    Task<IReadOnlyList<SlaBreach>> GetRecentBreaches();

    /// <summary>
    /// A record kept beside the community (<see cref="CommunityWork"/>) changed: its figures join the community's. One
    /// way, so a record never waits on its community; an older version than the one held is ignored.
    /// </summary>
    [Alias("AcceptWork"), OneWay]
    Task AcceptWork(WorkFigures figures);

    /// <summary>Loads lists and meetings recorded elsewhere (seeding); does nothing if the community has any already.</summary>
    [Alias("ImportActivity")]
    Task ImportActivity(ThreeLists lists, IReadOnlyList<Meeting> meetings);
}
