using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Domain.Community;

/// <summary>
/// The council's rule 大事共议、要事共决、急事共商 as checks on what a council meeting records. Every class needs
/// the same seats: the community-wide ones (the community party committee, the environment and property committee's
/// head) and every seat of each compound the matter concerns (of every compound when it names none). What differs
/// is the evidence: a big matter names the seats that took part in the discussion; an important one carries the
/// vote of each, and is decided only when a majority of the votes is for; an urgent one names the seats consulted
/// and was consulted within <see cref="DefaultUrgentLimit"/> (or the configured limit) of being raised.
/// </summary>
public static class CouncilRules
{
    public static readonly TimeSpan DefaultUrgentLimit = TimeSpan.FromHours(48);

    /// <summary>The seats a matter concerning <paramref name="concerns"/> needs (the whole community when empty).</summary>
    public static IReadOnlyList<CouncilSeat> Required(Council council, IReadOnlyCollection<string> concerns) =>
        [.. council.Seats.Where(seat => seat.CompoundId is null || concerns.Count == 0 || concerns.Contains(seat.CompoundId))];

    /// <summary>An important matter is carried when more than half of the votes cast are for it.</summary>
    public static bool Carried(IReadOnlyCollection<PartyVote> votes) =>
        votes.Count(v => v.Vote == Vote.For) * 2 > votes.Count;

    /// <summary>
    /// What keeps a council meeting's matter from counting as agreed under its class, each a sentence naming what
    /// is missing; empty when the matter may be recorded.
    /// </summary>
    public static IReadOnlyList<string> Shortfalls(
        AgreedMatter matter, Council council, IReadOnlyCollection<string> compounds, TimeSpan urgentLimit, DateTimeOffset now)
    {
        var shortfalls = new List<string>();
        var seats = council.Seats;
        foreach (var compound in matter.Concerns.Where(c => !compounds.Contains(c)))
        {
            shortfalls.Add($"compound '{compound}' is not in the community");
        }

        var named = matter.TookPart.Concat(matter.Votes.Select(v => v.Seat));
        foreach (var stranger in named.Where(seat => !seats.Contains(seat)).Distinct())
        {
            shortfalls.Add($"{stranger} has no member on the council");
        }

        var required = Required(council, matter.Concerns);
        if (required.Count == 0)
        {
            // A council kept from before members named their parties: no seat, so nothing could be agreed by the rule.
            shortfalls.Add("the council has no member sitting for a party; set its members' parties first");
        }

        switch (matter.Class)
        {
            case MatterClass.Big:
                Missing(shortfalls, "the discussion", required, matter.TookPart);
                break;
            case MatterClass.Important:
                Missing(shortfalls, "the votes", required, matter.Votes.Select(v => v.Seat));
                if (!Carried(matter.Votes))
                {
                    shortfalls.Add($"the vote was not carried ({matter.Votes.Count(v => v.Vote == Vote.For)} for of {matter.Votes.Count})");
                }

                break;
            case MatterClass.Urgent:
                Missing(shortfalls, "the consultation", required, matter.TookPart);
                if (matter is { RaisedAt: { } raised, ConsultedAt: { } consulted })
                {
                    if (consulted - raised > urgentLimit)
                    {
                        shortfalls.Add($"consulted {(consulted - raised).TotalHours:0.#} h after being raised, past the limit of {urgentLimit.TotalHours:0.#} h");
                    }

                    if (consulted > now)
                    {
                        shortfalls.Add("consulted at a time still to come");
                    }
                }

                break;
            default:
                shortfalls.Add("no class");
                break;
        }

        return shortfalls;
    }

    /// <summary>Refuses, before anything is recorded, a council meeting with a matter its class does not allow.</summary>
    public static void RequireAgreed(MeetingDraft draft, Council? council, IReadOnlyCollection<string> compounds, TimeSpan urgentLimit, DateTimeOffset now)
    {
        if (draft.Kind != MeetingKind.CouncilMeeting)
        {
            return;
        }

        if (council is null)
        {
            throw DomainRuleException.Invalid("the community has no council to hold a council meeting; set its council first.");
        }

        foreach (var matter in draft.AgreedMatters)
        {
            var shortfalls = Shortfalls(matter, council, compounds, urgentLimit, now);
            if (shortfalls.Count > 0)
            {
                throw DomainRuleException.Invalid(
                    $"agreed matter '{matter.Title}' ({ClassName(matter.Class)}) cannot be recorded as agreed: {string.Join("; ", shortfalls)}.");
            }
        }
    }

    /// <summary>The checks that need no council: a joint meeting's matters carry no class, a council meeting's the record its class asks for.</summary>
    public static void ValidateRecord(AgreedMatter matter, MeetingKind kind)
    {
        var field = $"agreed matter '{matter.Title}'";
        if (kind == MeetingKind.JointMeeting)
        {
            if (matter.Class is not null || matter.Concerns.Count > 0 || matter.TookPart.Count > 0 || matter.Votes.Count > 0
                || matter.RaisedAt is not null || matter.ConsultedAt is not null)
            {
                throw DomainRuleException.Invalid($"{field} is a joint meeting's: class, concerns, tookPart, votes and the consultation times are for council meetings.");
            }

            return;
        }

        if (matter.Class is not { } matterClass)
        {
            throw DomainRuleException.Invalid($"{field} of a council meeting names its class: big, important or urgent.");
        }

        Require.Defined(matterClass, $"{field} class");
        foreach (var compound in Require.Entries(matter.Concerns, $"{field} concerns"))
        {
            Require.PlaceId(compound, $"{field} concerns");
        }

        foreach (var seat in Require.Entries(matter.TookPart, $"{field} tookPart"))
        {
            seat.Validate($"{field} tookPart", null);
        }

        foreach (var vote in Require.Entries(matter.Votes, $"{field} votes"))
        {
            if (vote.Seat is null)
            {
                throw DomainRuleException.Invalid($"{field} has a vote with no seat.");
            }

            vote.Seat.Validate($"{field} vote", null);
            Require.Defined(vote.Vote, $"{field} vote");
        }

        if (matter.Votes.GroupBy(v => v.Seat).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw DomainRuleException.Invalid($"{field} counts the vote of {twice.Key} more than once.");
        }

        if (matterClass != MatterClass.Important && matter.Votes.Count > 0)
        {
            throw DomainRuleException.Invalid($"{field} is {ClassName(matterClass)}: votes are recorded for important matters only.");
        }

        if (matterClass == MatterClass.Important && matter.TookPart.Count > 0)
        {
            throw DomainRuleException.Invalid($"{field} is important: its votes name the seats that took part, so it names no tookPart.");
        }

        if (matterClass != MatterClass.Urgent)
        {
            if (matter.RaisedAt is not null || matter.ConsultedAt is not null)
            {
                throw DomainRuleException.Invalid($"{field} is {ClassName(matterClass)}: raisedAt and consultedAt are for urgent matters.");
            }

            return;
        }

        if (matter is not { RaisedAt: { } raised, ConsultedAt: { } consulted })
        {
            throw DomainRuleException.Invalid($"{field} is urgent and names when it was raised (raisedAt) and consulted on (consultedAt).");
        }

        if (consulted < raised)
        {
            throw DomainRuleException.Invalid($"{field} was consulted on before it was raised.");
        }
    }

    private static void Missing(List<string> shortfalls, string what, IReadOnlyList<CouncilSeat> required, IEnumerable<CouncilSeat> present)
    {
        var missing = required.Except(present).ToList();
        if (missing.Count > 0)
        {
            shortfalls.Add($"missing from {what}: {string.Join(", ", missing)}");
        }
    }

    private static string ClassName(MatterClass? matterClass) => matterClass?.ToString().ToLowerInvariant() ?? "no class";
}
