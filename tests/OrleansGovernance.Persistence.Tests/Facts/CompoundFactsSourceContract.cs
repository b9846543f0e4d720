using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Persistence.Tests.Facts.FiledTickets;

namespace OrleansGovernance.Persistence.Tests.Facts;

/// <summary>What a compound reads back from durable storage, the same in every dialect.</summary>
public abstract class CompoundFactsSourceContract
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    protected abstract Task<CompoundFactsStore> Open();

    [Fact]
    public async Task Read_hands_over_each_ticket_of_the_compound_with_its_stored_row_version_and_each_plan_with_its_row_version()
    {
        await using var store = await Open();
        var waiting = File("t-20260302010000000-aaaaaa", Filed);
        await store.Store("ticket", waiting.Id, waiting);
        var rated = File("t-20260302010100000-bbbbbb", Filed.AddMinutes(1), TicketCategory.Noise);
        await store.Store("ticket", rated.Id, rated);
        rated.Acknowledge(By("grid-worker-wu", Filed.AddMinutes(3)));
        rated.Claim(ClaimingParty.PropertyCompany, "Chengfa property", By("grid-worker-wu", Filed.AddMinutes(4)));
        await store.Store("ticket", rated.Id, rated);
        rated.Settle(By("grid-worker-wu", Filed.AddDays(2)));
        rated.Rate(SatisfactionLevel.Satisfied, By("resident-chen", Filed.AddDays(3)));
        var ratedVersion = await store.Store("ticket", rated.Id, rated);
        var rejected = File("t-20260302010200000-cccccc", Filed.AddMinutes(2), TicketCategory.Other);
        rejected.Reject(By("grid-worker-wu", Filed.AddMinutes(5), "not the compound's to settle"));
        await store.Store("ticket", rejected.Id, rejected);
        var elsewhere = File("t-20260302010300000-dddddd", Filed.AddMinutes(3), compound: Neighbour);
        await store.Store("ticket", elsewhere.Id, elsewhere);
        var plan = Plan($"{Compound}.plan-2024-2026");
        await store.Store("plan", plan.Id, plan);
        plan.Tick("lift-blockers", By("plan-owner", Filed));
        var planVersion = await store.Store("plan", plan.Id, plan);
        var otherPlan = Plan($"{Neighbour}.plan-2024-2026", Neighbour);
        await store.Store("plan", otherPlan.Id, otherPlan);

        var handed = new List<(TicketFacts Facts, int Version)>();
        var before = DateTimeOffset.UtcNow;
        var snapshot = await store.Source.Read(Compound, (facts, version) => handed.Add((facts, version)), CancellationToken.None);
        var after = DateTimeOffset.UtcNow;

        Assert.Equal((3, 5), (ratedVersion, rated.Version));
        Assert.Equal(
            new[] { (TicketFacts.Of(waiting) with { Version = 1 }, 1), (TicketFacts.Of(rated) with { Version = 3 }, 3), (TicketFacts.Of(rejected) with { Version = 1 }, 1) },
            handed.OrderBy(ticket => ticket.Facts.Id, StringComparer.Ordinal));
        var stored = Assert.Single(snapshot.Plans);
        Assert.Equal((plan.Id, plan.Version, planVersion), (stored.Facts.Id, stored.Facts.Version, stored.Version));
        Assert.Equal(PlanFacts.Of(plan).Milestones, stored.Facts.Milestones);
        Assert.InRange(snapshot.ReadAt, before.AddSeconds(-1), after.AddSeconds(1));
    }

    [Fact]
    public async Task TicketsInFlight_holds_exactly_the_compounds_tickets_whose_changes_are_still_in_the_outbox_at_their_stored_versions()
    {
        await using var store = await Open();
        var tickets = Enumerable.Range(0, 4).Select(i => File($"t-2026030201000{i}000-aaaaaa", Filed.AddMinutes(i))).ToList();
        foreach (var ticket in tickets)
        {
            await store.Store("ticket", ticket.Id, ticket);
        }

        var elsewhere = File("t-20260302020000000-dddddd", Filed, compound: Neighbour);
        await store.Store("ticket", elsewhere.Id, elsewhere);
        var plan = Plan($"{Compound}.plan-2024-2026");
        await store.Store("plan", plan.Id, plan);
        await store.Deliver();

        tickets[1].Acknowledge(By("grid-worker-wu", Filed.AddMinutes(10)));
        await store.Store("ticket", tickets[1].Id, tickets[1]);
        tickets[2].Acknowledge(By("grid-worker-wu", Filed.AddMinutes(10)));
        await store.Store("ticket", tickets[2].Id, tickets[2]);
        tickets[2].Reject(By("grid-worker-wu", Filed.AddMinutes(11), "not the compound's to settle"));
        await store.Store("ticket", tickets[2].Id, tickets[2]);
        var filedSince = File("t-20260302030000000-eeeeee", Filed.AddHours(1));
        await store.Store("ticket", filedSince.Id, filedSince);
        elsewhere.Acknowledge(By("grid-worker-wu", Filed.AddMinutes(10)));
        await store.Store("ticket", elsewhere.Id, elsewhere);
        plan.Tick("lift-blockers", By("plan-owner", Filed));
        await store.Store("plan", plan.Id, plan);

        var snapshot = await store.Source.Read(Compound, (_, _) => { }, CancellationToken.None);

        Assert.Equal(
            new Dictionary<string, int> { [tickets[1].Id] = 2, [tickets[2].Id] = 3, [filedSince.Id] = 1 },
            snapshot.TicketsInFlight);
    }

    [Fact]
    public async Task A_change_committed_while_a_read_streams_stays_wholly_outside_its_snapshot()
    {
        await using var store = await Open();
        var tickets = Enumerable.Range(0, 40).Select(i => File($"t-202603020{i:D2}00000-aaaaaa", Filed.AddMinutes(i))).ToList();
        foreach (var ticket in tickets)
        {
            await store.Store("ticket", ticket.Id, ticket);
        }

        var plan = Plan($"{Compound}.plan-2024-2026");
        await store.Store("plan", plan.Id, plan);
        await store.Deliver();
        var changed = tickets[^1];
        var filedDuringRead = File("t-20260302990000000-ffffff", Filed.AddHours(2));
        var handed = new Dictionary<string, int>();

        var snapshot = await store.Source.Read(Compound, (facts, version) =>
        {
            if (handed.Count == 0)
            {
                // Committed from another connection while the read is under way. SQLite steps the rest of the
                // tickets, and the plans, only after it; PostgreSQL may have sent them already, so its own test
                // holds a read between its statements with a lock.
                Task.Run(async () =>
                {
                    plan.Tick("lift-blockers", By("plan-owner", Filed));
                    await store.Store("plan", plan.Id, plan);
                    changed.Acknowledge(By("grid-worker-wu", Filed.AddHours(1)));
                    await store.Store("ticket", changed.Id, changed);
                    await store.Store("ticket", filedDuringRead.Id, filedDuringRead);
                }).GetAwaiter().GetResult();
            }

            handed[facts.Id] = version;
        }, CancellationToken.None);
        var next = new Dictionary<string, TicketFacts>();
        var nextSnapshot = await store.Source.Read(Compound, (facts, _) => next[facts.Id] = facts, CancellationToken.None);

        Assert.Equal(tickets.Select(t => t.Id).Order(StringComparer.Ordinal), handed.Keys.Order(StringComparer.Ordinal));
        Assert.All(handed.Values, version => Assert.Equal(1, version));
        Assert.Empty(snapshot.TicketsInFlight);
        Assert.Equal(1, Assert.Single(snapshot.Plans).Version);
        Assert.Equal(2, Assert.Single(nextSnapshot.Plans).Version);
        Assert.Equal((2, TicketStatus.Acknowledged), (next[changed.Id].Version, next[changed.Id].Status));
        Assert.Contains(filedDuringRead.Id, next.Keys);
        Assert.Equal(new Dictionary<string, int> { [changed.Id] = 2, [filedDuringRead.Id] = 1 }, nextSnapshot.TicketsInFlight);
    }

    [Fact]
    public async Task Find_answers_each_query_as_the_domains_TicketQuery_selects_newest_first()
    {
        await using var store = await Open();
        var facts = await StoreVariedTickets(store);
        var china = TimeSpan.FromHours(8);
        var at = (string id) => facts.Single(f => f.Id == id).SubmittedAt;
        IReadOnlyList<TicketQuery> queries =
        [
            Query(),
            Query(statuses: [TicketStatus.Rated]),
            Query(statuses: [TicketStatus.Submitted, TicketStatus.Claimed]),
            Query(categories: [TicketCategory.Noise]),
            Query(categories: [TicketCategory.Noise, TicketCategory.EbikeInLift], statuses: [TicketStatus.Submitted]),
            Query(from: at("t-20260305000000000-cccccc").ToOffset(china)),
            Query(from: at("t-20260305000000000-cccccc").AddTicks(1)),
            Query(to: at("t-20260305000000000-cccccc").ToOffset(TimeSpan.FromHours(-5))),
            Query(to: at("t-20260305000000000-cccccc").AddTicks(1).ToOffset(china)),
            Query(from: at("t-20260302000000000-aaaaaa"), to: at("t-20260310000000000-eeeeee")),
            Query(before: "t-20260305000000000-cccccc"),
            Query(before: "t-20260305000000000-cccccc", statuses: [TicketStatus.Submitted], take: 1),
            Query(take: 3),
        ];

        foreach (var query in queries)
        {
            var expected = query.Select(facts);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await store.Source.Find(Compound, query, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Find_pages_through_every_ticket_of_the_compound_by_its_cursor()
    {
        await using var store = await Open();
        var facts = await StoreVariedTickets(store);

        var pages = new List<IReadOnlyList<string>>();
        string? before = null;
        do
        {
            pages.Add(await store.Source.Find(Compound, Query(before: before, take: 2), CancellationToken.None));
            before = pages[^1].LastOrDefault();
        }
        while (pages[^1].Count == 2);

        Assert.Equal(facts.Select(f => f.Id).OrderDescending(StringComparer.Ordinal), pages.SelectMany(page => page));
        Assert.All(pages.SkipLast(1), page => Assert.Equal(2, page.Count));
    }

    [Fact]
    public async Task Find_refuses_a_query_that_takes_no_ticket()
    {
        await using var store = await Open();

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => store.Source.Find(Compound, Query(take: 0), CancellationToken.None));

        Assert.Equal(RuleViolation.InvalidInput, refusal.Violation);
    }

    private static TicketQuery Query(
        IReadOnlyList<TicketStatus>? statuses = null,
        IReadOnlyList<TicketCategory>? categories = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        string? before = null,
        int take = int.MaxValue) => new(statuses ?? [], categories ?? [], from, to, before, take);

    /// <summary>
    /// Tickets of every status the queries name, filed at times written with different offsets and 100 ns apart,
    /// with ids that do not all follow their filing times (the order is the ids'); beside them a ticket and a plan
    /// the queries must never return.
    /// </summary>
    private static async Task<List<TicketFacts>> StoreVariedTickets(CompoundFactsStore store)
    {
        var utc = new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero).AddTicks(1234567);
        var tickets = new List<Ticket>
        {
            File("t-20260302000000000-aaaaaa", utc.AddDays(-3).ToOffset(TimeSpan.FromHours(8))),
            File("t-20260303000000000-bbbbbb", utc.AddDays(-2), TicketCategory.Noise),
            File("t-20260305000000000-cccccc", utc),
            File("t-20260305000000001-cccccd", utc.AddTicks(1).ToOffset(TimeSpan.FromHours(8)), TicketCategory.Noise),
            File("t-20260305000000002-ccccce", utc.AddTicks(-1).ToOffset(TimeSpan.FromHours(-5)), TicketCategory.Sanitation),
            File("t-20260310000000000-eeeeee", utc.AddDays(5), TicketCategory.Noise),
            File("t-20260311000000000-ffffff", utc.AddDays(-10), TicketCategory.RoadAndPaving),
        };
        var staff = (int minutes) => By("grid-worker-wu", utc.AddDays(6).AddMinutes(minutes));
        tickets[1].Acknowledge(staff(1));
        tickets[1].Claim(ClaimingParty.Branch, "Hualing Garden compound branch", staff(2));
        tickets[1].Settle(staff(3));
        tickets[1].Rate(SatisfactionLevel.VerySatisfied, By("resident-chen", utc.AddDays(6).AddMinutes(4)));
        tickets[3].Acknowledge(staff(1));
        tickets[3].Claim(ClaimingParty.PropertyCompany, "Chengfa property", staff(2));
        tickets[4].Reject(By("grid-worker-wu", utc.AddDays(6), "a private dispute"));
        tickets[6].Acknowledge(staff(1));
        tickets[6].Claim(ClaimingParty.Community, "Fangzhi", staff(2));
        tickets[6].Settle(staff(3));
        tickets[6].Rate(SatisfactionLevel.Dissatisfied, By("resident-chen", utc.AddDays(6).AddMinutes(4)));
        foreach (var ticket in tickets)
        {
            await store.Store("ticket", ticket.Id, ticket);
        }

        var elsewhere = File("t-20260305000000000-dddddd", utc, compound: Neighbour);
        await store.Store("ticket", elsewhere.Id, elsewhere);
        var plan = Plan($"{Compound}.plan-2024-2026");
        await store.Store("plan", plan.Id, plan);
        return [.. tickets.Select(TicketFacts.Of)];
    }
}
