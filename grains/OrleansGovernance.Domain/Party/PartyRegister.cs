using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Domain.Party;

/// <summary>
/// A community's party register (党员"双报到"): the members registered where they live, the vanguard service teams they
/// form, and what those teams' services add up to. Bounded: members and teams are a community's few hundred, the
/// services are kept as per-month counters and the latest few (the whole history lives in per-month logs), and each
/// member's latest service date is all "active last quarter" needs.
/// </summary>
[GenerateSerializer, Alias("governance.party-register")]
public sealed class PartyRegister
{
    public const int MaxMembers = 5_000;
    public const int MaxTeams = 500;
    public const int RecentKept = 20;

    [Id(0)] public string CommunityId { get; set; } = "";
    [Id(1)] public List<PartyMember> Members { get; set; } = [];
    [Id(2)] public List<ServiceTeam> Teams { get; set; } = [];

    /// <summary>Each member's latest service date, by member id.</summary>
    [Id(3)] public Dictionary<string, DateOnly> LastServed { get; set; } = [];
    [Id(4)] public SortedDictionary<int, PartyServiceMonth> Service { get; set; } = [];

    /// <summary>The latest services recorded, newest first.</summary>
    [Id(5)] public List<ServiceActivity> Recent { get; set; } = [];
    [Id(6)] public int MembersNumbered { get; set; }
    [Id(7)] public int TeamsNumbered { get; set; }
    [Id(8)] public int ActivitiesNumbered { get; set; }

    /// <summary>Rises with every change, so the community keeps the newest figures it hears.</summary>
    [Id(9)] public long Changes { get; set; }

    public static PartyRegister Open(string communityId) => new() { CommunityId = Require.PlaceId(communityId, "communityId") };

    /// <param name="compounds">The community's compounds: a member's home compound is one of them.</param>
    public PartyMember Register(PartyMemberDraft draft, IReadOnlyCollection<string> compounds)
    {
        draft.Validate();
        RequireCompound(draft.CompoundId, compounds);
        if (Members.Count >= MaxMembers)
        {
            throw DomainRuleException.Conflict($"the register holds {MaxMembers} members at most.");
        }

        var member = draft.ToMember($"pm-{MembersNumbered + 1}");
        MembersNumbered++;
        Members.Add(member);
        Changes++;
        return member;
    }

    public ServiceTeam Form(ServiceTeamDraft draft, IReadOnlyCollection<string> compounds)
    {
        draft.Validate();
        RequireCompound(draft.CompoundId, compounds);
        if (Teams.Count >= MaxTeams)
        {
            throw DomainRuleException.Conflict($"the register holds {MaxTeams} teams at most.");
        }

        if (Teams.Any(t => t.NameZh == draft.NameZh.Trim()))
        {
            throw DomainRuleException.Conflict($"a team named '{draft.NameZh.Trim()}' exists already.");
        }

        var members = draft.MemberIds.Distinct(StringComparer.Ordinal).ToList();
        members.ForEach(id => FindMember(id));
        var team = new ServiceTeam($"team-{TeamsNumbered + 1}", draft.Name.Trim(), draft.NameZh.Trim(), draft.CompoundId, members, draft.Synthetic);
        TeamsNumbered++;
        Teams.Add(team);
        Changes++;
        return team;
    }

    /// <summary>Adds a registered member to a team; joining twice changes nothing.</summary>
    public ServiceTeam Join(string teamId, string memberId)
    {
        var team = FindTeam(teamId);
        FindMember(memberId);
        if (team.MemberIds.Contains(memberId, StringComparer.Ordinal))
        {
            return team;
        }

        if (team.MemberIds.Count >= ServiceTeamDraft.MaxMembers)
        {
            throw DomainRuleException.Conflict($"a team has at most {ServiceTeamDraft.MaxMembers} members.");
        }

        var joined = team with { MemberIds = [.. team.MemberIds, memberId] };
        Teams[Teams.IndexOf(team)] = joined;
        Changes++;
        return joined;
    }

    /// <summary>
    /// The service the draft describes, under the id it will be counted by, without counting it: the grain files it in
    /// its month's log first and then <see cref="Count"/>s it, so a service is never counted without being filed.
    /// </summary>
    public ServiceActivity Prepare(ServiceActivityDraft draft, Stamp stamp)
    {
        stamp.Validate();
        draft.Validate(ChinaTime.Date(stamp.At));
        FindTeam(draft.TeamId);
        foreach (var id in draft.MemberIds)
        {
            FindMember(id);
        }

        return draft.ToActivity($"sa-{ActivitiesNumbered + 1}", stamp.By);
    }

    /// <summary>Adds a prepared service to the counters: constant work, whatever the history.</summary>
    public void Count(ServiceActivity activity)
    {
        if (activity.Id != $"sa-{ActivitiesNumbered + 1}")
        {
            throw DomainRuleException.Conflict($"service {activity.Id} was prepared against an older register; record it again.");
        }

        ActivitiesNumbered++;
        var month = ServiceIn(activity.Month);
        month.Activities++;
        month.ServiceHours += activity.ServiceHours;
        month.ResidentsServed += activity.ResidentsServed;
        month.Participations += activity.MemberIds.Count;
        foreach (var id in activity.MemberIds)
        {
            if (!LastServed.TryGetValue(id, out var last) || last < activity.Date)
            {
                LastServed[id] = activity.Date;
            }
        }

        Recent.Insert(0, activity);
        if (Recent.Count > RecentKept)
        {
            Recent.RemoveAt(Recent.Count - 1);
        }

        Changes++;
    }

    /// <summary>Members who served in the three months up to <paramref name="today"/> (a rolling quarter).</summary>
    public int ActiveLastQuarter(DateOnly today)
    {
        var since = today.AddMonths(-3);
        return Members.Count(m => LastServed.TryGetValue(m.Id, out var last) && last > since);
    }

    /// <summary>The register's figures as of <paramref name="now"/>; the teams join every other vanguard team's count.</summary>
    public PlaceFigures Figures(DateTimeOffset now)
    {
        var figures = new PlaceFigures { AsOf = now, Version = Changes };
        figures.Organisation.VanguardTeams = Teams.Count;
        figures.Party.RegisteredInWork = Members.Count(m => m.Standing == MemberStanding.InWork);
        figures.Party.RegisteredRetired = Members.Count(m => m.Standing == MemberStanding.Retired);
        figures.Party.ActiveLastQuarter = ActiveLastQuarter(ChinaTime.Date(now));
        foreach (var (month, service) in Service)
        {
            figures.PartyServiceIn(month).Add(service);
        }

        return figures;
    }

    public PartyMember FindMember(string id) =>
        Members.Find(m => m.Id == id) ?? throw DomainRuleException.NotFound("party member", $"{CommunityId}/{id}");

    public ServiceTeam FindTeam(string id) =>
        Teams.Find(t => t.Id == id) ?? throw DomainRuleException.NotFound("vanguard team", $"{CommunityId}/{id}");

    private PartyServiceMonth ServiceIn(int month)
    {
        if (!Service.TryGetValue(month, out var service))
        {
            service = new PartyServiceMonth();
            Service[month] = service;
        }

        return service;
    }

    private void RequireCompound(string? compoundId, IReadOnlyCollection<string> compounds)
    {
        if (compoundId is not null && !compounds.Contains(compoundId))
        {
            throw DomainRuleException.Invalid($"compoundId '{compoundId}' is not a compound of community '{CommunityId}'.");
        }
    }
}
