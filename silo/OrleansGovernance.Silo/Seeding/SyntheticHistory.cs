using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>
/// A deterministic, synthetic history from 2024-01-01 up to the seed's "until": requests and their handling,
/// ratings, quarterly joint meetings and the three lists, so dashboards show real-looking activity. Each
/// compound and community draws from its own random stream, so the history before a day never depends on
/// how far past it the seed runs.
/// </summary>
internal static class SyntheticHistory
{
    public static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly (TicketCategory, double)[] Categories =
    [
        (TicketCategory.Sanitation, 20), (TicketCategory.Noise, 14), (TicketCategory.RoadAndPaving, 12),
        (TicketCategory.AccessAndGates, 10), (TicketCategory.EbikeInLift, 10), (TicketCategory.ElderlyCare, 10),
        (TicketCategory.ObjectsThrownFromHeight, 6), (TicketCategory.Other, 18),
    ];

    private static readonly (TicketChannel, double)[] Channels =
    [
        (TicketChannel.PropertyOffice, 35), (TicketChannel.HappinessMailbox, 20), (TicketChannel.Hotline, 20),
        (TicketChannel.WalkIn, 15), (TicketChannel.OnlineSurvey, 10),
    ];

    private static readonly (ClaimingParty, double)[] Parties =
    [
        (ClaimingParty.PropertyCompany, 60), (ClaimingParty.Branch, 20), (ClaimingParty.Community, 15), (ClaimingParty.CoBuildingUnit, 5),
    ];

    private static readonly (SatisfactionLevel, double)[] Ratings =
    [
        (SatisfactionLevel.VerySatisfied, 45), (SatisfactionLevel.Satisfied, 30), (SatisfactionLevel.BasicallySatisfied, 15),
        (SatisfactionLevel.Dissatisfied, 7), (SatisfactionLevel.VeryDissatisfied, 3),
    ];

    public static void AddTickets(SeedBatch batch, SeedCompound compound, SeedOptions options, DateTimeOffset until)
    {
        var random = StableRandom.For(options.RandomSeed, compound.Id);
        var previous = default(Ticket);
        for (var month = Start; month < until; month = month.AddMonths(1))
        {
            var count = random.Next(0, (int)Math.Round(2 * options.TicketsPerCompoundPerMonth) + 1);
            var minutes = (int)(month.AddMonths(1) - month).TotalMinutes;
            foreach (var offset in Enumerable.Range(0, count).Select(_ => random.Next(minutes)).Order())
            {
                var filedAt = month.AddMinutes(offset);
                if (filedAt > until)
                {
                    break;
                }

                var ticket = Play(random, compound, filedAt, until, previous);
                batch.Tickets.Add(ticket);
                previous = ticket;
            }
        }
    }

    public static void AddCommunityActivity(SeedBatch batch, SeedCommunity community, SeedOptions options, DateTimeOffset until)
    {
        var random = StableRandom.For(options.RandomSeed, community.Id);
        var activity = batch.Community(community.Id);
        var compounds = community.Compounds.Select(c => c.Id).ToList();
        var quarterNumber = 0;
        for (var quarter = Start; quarter < until; quarter = quarter.AddMonths(3))
        {
            for (var r = random.Next(0, 3); r > 0; r--)
            {
                var at = quarter.AddDays(random.Next(0, 20)).AddHours(9);
                if (at <= until)
                {
                    activity.Resource($"Service resource from a co-building unit, {Quarter.Of(at)} (sample)", "co-building units and residents", at, synthetic: true);
                }
            }

            for (var d = random.Next(2, 7); d > 0; d--)
            {
                var collected = quarter.AddDays(random.Next(0, 30)).AddHours(10);
                var claimedAt = collected.AddDays(random.Next(7, 60));
                if (collected > until)
                {
                    continue;
                }

                var demand = activity.Demand($"Resident demand collected in {Quarter.Of(collected)} (sample)", random.Pick([DemandChannel.HappinessMailbox, DemandChannel.PropertyOffice, DemandChannel.OnlineSurvey]), random.Pick(compounds), collected, synthetic: true);
                if (random.NextDouble() < 0.8 && claimedAt <= until)
                {
                    var resource = activity.Lists.Resources.Count > 0 && random.NextDouble() < 0.6 ? random.Pick(activity.Lists.Resources) : null;
                    activity.Claim(demand, resource, resource is null ? "property company" : null, claimedAt);
                }
            }

            var heldAt = quarter.AddDays(random.Next(30, 80)).AddHours(15);
            var matterCount = random.Next(1, 4);
            if (heldAt > until)
            {
                continue;
            }

            if (community.Council is null)
            {
                var matters = Enumerable.Range(1, matterCount)
                    .Select(i => new AgreedMatter($"Agreed matter {i}, {Quarter.Of(heldAt)} (sample)", "Agreed; responsible party named", []))
                    .ToList();
                activity.Meeting(
                    new MeetingDraft(MeetingKind.JointMeeting, $"{community.Name} joint meeting, {Quarter.Of(heldAt)} (sample)",
                        ["community party committee", "compound branch secretaries", "owners' committee chairs", "property managers"],
                        [.. matters.Select(m => new AgendaItem(m.Title, null, null))], matters, Synthetic: true),
                    heldAt,
                    community.Name);
            }
            else
            {
                CouncilMeetings(activity, community, compounds, ++quarterNumber, heldAt, matterCount, until);
            }
        }
    }

    /// <summary>
    /// A council's quarter: its quarterly meeting (every fifth quarter a forum instead, so the quarter shows as
    /// missed) with matters of each class in turn, and every other quarter a special-topic meeting deciding one
    /// important matter. Drawn from no random stream, so the rest of the history is as it was before councils met by form.
    /// </summary>
    private static void CouncilMeetings(CommunityActivity activity, SeedCommunity community, List<string> compounds, int quarterNumber, DateTimeOffset heldAt, int matterCount, DateTimeOffset until)
    {
        var council = community.Council!;
        var form = quarterNumber % 5 == 3 ? CouncilMeetingForm.Forum : CouncilMeetingForm.Quarterly;
        var matters = Enumerable.Range(1, matterCount)
            .Select(i => CouncilMatter(council, compounds[(quarterNumber + i) % compounds.Count], (MatterClass)((i - 1) % 3), $"Agreed matter {i}, {Quarter.Of(heldAt)} (sample)", heldAt))
            .ToList();
        activity.Meeting(
            new MeetingDraft(MeetingKind.CouncilMeeting, $"{community.Name} council {(form == CouncilMeetingForm.Forum ? "forum" : "quarterly meeting")}, {Quarter.Of(heldAt)} (sample)",
                ["community party committee", "compound branch secretaries", "owners' committee chairs", "property managers"],
                [.. matters.Select(m => new AgendaItem(m.Title, null, null))], matters, Synthetic: true, Form: form),
            heldAt,
            community.Name);
        var special = heldAt.AddDays(10);
        if (quarterNumber % 2 == 0 && special <= until)
        {
            var matter = CouncilMatter(council, compounds[quarterNumber % compounds.Count], MatterClass.Important, $"Special topic, {Quarter.Of(special)} (sample)", special);
            activity.Meeting(
                new MeetingDraft(MeetingKind.CouncilMeeting, $"{community.Name} council special-topic meeting, {Quarter.Of(special)} (sample)",
                    ["community party committee", "the compound's branch secretary, owners' committee chair and property manager"],
                    [new AgendaItem(matter.Title, null, null)], [matter], Synthetic: true, Form: CouncilMeetingForm.SpecialTopic),
                special,
                community.Name);
        }
    }

    /// <summary>A matter concerning one compound, with the record its class asks for from every seat it needs.</summary>
    private static AgreedMatter CouncilMatter(Council council, string compound, MatterClass matterClass, string title, DateTimeOffset heldAt)
    {
        var seats = CouncilRules.Required(council, [compound]);
        var matter = new AgreedMatter(title, "Agreed; responsible party named", []) { Class = matterClass, Concerns = [compound] };
        return matterClass switch
        {
            MatterClass.Important => matter with { Votes = [.. seats.Select((seat, k) => new PartyVote(seat, k == seats.Count - 1 && seats.Count > 2 ? Vote.Abstain : Vote.For))] },
            MatterClass.Urgent => matter with { TookPart = seats, RaisedAt = heldAt.AddHours(-30), ConsultedAt = heldAt.AddHours(-6) },
            _ => matter with { TookPart = seats },
        };
    }

    private static Ticket Play(Random random, SeedCompound compound, DateTimeOffset filedAt, DateTimeOffset until, Ticket? previous)
    {
        var category = random.Weighted(Categories);
        var submission = new TicketSubmission(compound.Id, category, random.Weighted(Channels),
            $"{category} at {compound.Name} (sample)", $"Building {random.Next(1, 20)}", null);
        var script = TicketScript.Submit(random, submission, filedAt, "resident", until);
        var roll = random.NextDouble();
        if (roll < 0.03)
        {
            return script.Then(random.Minutes(2, 30), "grid worker", (t, s) => t.Reject(s), "outside the property's remit; referred to the hotline").Ticket;
        }

        if (roll < 0.05 && previous is not null)
        {
            return script.Then(random.Minutes(1, 10), "grid worker", (t, s) => t.MarkDuplicate(previous.Id, s), "already reported").Ticket;
        }

        // Four in five are answered within the five-minute limit of "13415".
        var party = random.Weighted(Parties);
        script.Then(random.NextDouble() < 0.8 ? random.Minutes(1, 5) : random.Minutes(6, 120), "grid worker", (t, s) => t.Acknowledge(s))
            .Then(random.Minutes(5, 180), PartyName(party, compound), (t, s) => t.Claim(party, PartyName(party, compound), s));
        if (random.NextDouble() < 0.06)
        {
            script.Then(TimeSpan.FromDays(random.Next(1, 4)), PartyName(party, compound), (t, s) => t.Escalate(s), "needs a joint meeting");
        }

        script.Then(TimeSpan.FromHours(random.Next(2, 24 * 9)), PartyName(party, compound), (t, s) => t.Settle(s));
        if (random.NextDouble() < 0.75)
        {
            var level = random.Weighted(Ratings);
            script.Then(TimeSpan.FromHours(random.Next(1, 72)), "resident", (t, s) => t.Rate(level, s));
            if (level <= SatisfactionLevel.Dissatisfied && random.NextDouble() < 0.5)
            {
                script.Then(TimeSpan.FromHours(random.Next(1, 48)), "resident", (t, s) => t.Reopen(s), "still not fixed")
                    .Then(random.Minutes(10, 240), PartyName(party, compound), (t, s) => t.Claim(party, PartyName(party, compound), s))
                    .Then(TimeSpan.FromHours(random.Next(4, 96)), PartyName(party, compound), (t, s) => t.Settle(s));
            }
        }

        return script.Ticket;
    }

    private static string PartyName(ClaimingParty party, SeedCompound compound) => party switch
    {
        ClaimingParty.PropertyCompany => $"{compound.Name} property",
        ClaimingParty.Branch => $"{compound.Name} branch",
        ClaimingParty.Community => "community residents' committee",
        _ => "co-building unit",
    };
}
