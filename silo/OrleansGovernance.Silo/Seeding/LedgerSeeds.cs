using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Ledger;
using OrleansGovernance.Domain.Seals;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>
/// Synthetic books, built through the domain's own rules: a monthly ledger from 2024 for every compound under agency
/// bookkeeping (parking, advertising and venue income; cleaning, utilities, the agent's fee and repairs, the larger
/// ones approved or refused by committee and community, now and then a reversal), never spending more than the
/// balance holds; and a seal log for every dual-seal compound.
/// </summary>
internal static class LedgerSeeds
{
    private static readonly string[] Documents =
    [
        "Property service contract renewal (物业服务合同续签)",
        "Owners' general assembly resolution (业主大会决议)",
        "Public revenue annual report (公共收益年度报告)",
        "Lift renovation agreement (电梯改造协议)",
        "Parking management agreement (停车管理协议)",
        "Notice of the owners' general assembly (业主大会公告)",
    ];

    public static void Add(SeedBatch batch, SeedFile file, SeedOptions options, DateTimeOffset until)
    {
        foreach (var compound in file.Communities.SelectMany(c => c.Compounds))
        {
            if (compound.Bookkeeping)
            {
                batch.Ledgers.Add(Ledger(compound, StableRandom.For(options.RandomSeed, compound.Id + ".ledger"), until));
            }

            if (compound.DualSeal)
            {
                batch.Seals.Add(Seals(compound, StableRandom.For(options.RandomSeed, compound.Id + ".seals"), until));
            }
        }
    }

    private static Ledger Ledger(SeedCompound compound, Random random, DateTimeOffset until)
    {
        var ledger = Domain.Ledger.Ledger.Open(compound.Id);
        ledger.Synthetic = true;
        var agent = $"agent-{compound.Id.Split('.')[^1]}";
        for (var month = SyntheticHistory.Start; month < until; month = month.AddMonths(1))
        {
            var day = new Func<int, DateTimeOffset>(d => month.AddDays(d - 1).AddHours(18));
            Record(ledger, until, day(5), agent, EntryKind.Income, LedgerCategory.Parking, Yuan(random, 2_500, 8_000), "Property company (parking on the owners' behalf)");
            if (month.Month % 3 == 0)
            {
                Record(ledger, until, day(10), agent, EntryKind.Income, LedgerCategory.Advertising, Yuan(random, 1_200, 5_000), "Lift advertising agency");
            }

            if (random.NextDouble() < 0.25)
            {
                Record(ledger, until, day(12), agent, EntryKind.Income, LedgerCategory.VenueRent, Yuan(random, 200, 1_500), "Community hall hire");
            }

            Spend(ledger, until, day(15), agent, LedgerCategory.CleaningAndGreening, Yuan(random, 300, 800), "Greening contractor");
            Spend(ledger, until, day(18), agent, LedgerCategory.Utilities, Yuan(random, 200, 600), "State Grid Xiamen (public lighting)");
            Spend(ledger, until, day(25), agent, LedgerCategory.BookkeepingFee, 300m, "Bookkeeping agency");
            if (random.NextDouble() < 0.3)
            {
                Repair(ledger, random, until, day(20), agent);
            }

            if (random.NextDouble() < 0.05 && ledger.Entries.LastOrDefault(e => e.IsPosted && e.Reverses is null && e.ReversedBy is null) is { } wrong
                && day(27) <= until)
            {
                ledger.Reverse(wrong.Number, new Stamp(agent, day(27), "recorded twice (sample correction)"));
            }
        }

        return ledger;
    }

    /// <summary>A repair: above the threshold it waits for the committee and the community, who mostly approve.</summary>
    private static void Repair(Ledger ledger, Random random, DateTimeOffset until, DateTimeOffset at, string agent)
    {
        var amount = Yuan(random, 1_000, 12_000);
        if (at > until || amount > ledger.Balance.Yuan)
        {
            return;
        }

        var entry = Record(ledger, until, at, agent, EntryKind.Expense, LedgerCategory.Repairs, amount, "Xiamen property repair service");
        if (entry?.Status != EntryStatus.Pending)
        {
            return;
        }

        var committeeAt = at.AddDays(2);
        var communityAt = at.AddDays(4);
        if (committeeAt <= until)
        {
            ledger.Approve(entry.Number, ApprovingParty.OwnersCommittee, new Stamp("owners-committee-chair", committeeAt, "three quotes compared"));
        }

        if (communityAt <= until)
        {
            var refuse = random.NextDouble() < 0.15;
            var stamp = new Stamp("community-staff", communityAt, refuse ? "not in this year's maintenance plan" : "in this year's maintenance plan");
            _ = refuse ? ledger.Refuse(entry.Number, ApprovingParty.Community, stamp) : ledger.Approve(entry.Number, ApprovingParty.Community, stamp);
        }
    }

    private static void Spend(Ledger ledger, DateTimeOffset until, DateTimeOffset at, string agent, LedgerCategory category, decimal amount, string counterparty)
    {
        // The agent pays only from what the account holds: the balance never goes below zero.
        if (amount <= ledger.Balance.Yuan)
        {
            Record(ledger, until, at, agent, EntryKind.Expense, category, amount, counterparty);
        }
    }

    private static LedgerEntry? Record(Ledger ledger, DateTimeOffset until, DateTimeOffset at, string agent, EntryKind kind, LedgerCategory category, decimal amount, string counterparty)
    {
        if (at > until)
        {
            return null;
        }

        var date = ChinaTime.Date(at);
        var evidence = $"PZ-{date:yyyyMMdd}-{ledger.Entries.Count + 1:D3}";
        return ledger.Record(new LedgerEntryDraft(kind, category, date, amount, counterparty, evidence, "sample"), new Stamp(agent, at));
    }

    private static SealRegister Seals(SeedCompound compound, Random random, DateTimeOffset until)
    {
        var register = SealRegister.Open(compound.Id);
        register.Synthetic = true;
        for (var asked = SyntheticHistory.Start.AddDays(random.Next(10, 40)); asked <= until; asked = asked.AddDays(random.Next(45, 100)))
        {
            var request = register.Request(new SealRequestDraft(random.Pick(Documents), "as resolved by the owners' general assembly (sample)"), new Stamp("owners-committee-chair", asked));
            var decided = asked.AddDays(random.Next(1, 4));
            if (decided > until)
            {
                break;
            }

            if (random.NextDouble() < 0.1)
            {
                register.Refuse(request.Number, new Stamp("community-staff", decided, "no assembly resolution covers this document"));
                continue;
            }

            register.Approve(request.Number, new Stamp("community-staff", decided, "checked against the assembly resolution"));
            var used = decided.AddDays(random.Next(0, 3));
            if (used <= until)
            {
                register.Use(request.Number, new Stamp("community-staff", used, "sealed in the community office"));
            }
        }

        return register;
    }

    private static decimal Yuan(Random random, int min, int max) => random.Next(min * 100, (max * 100) + 1) / 100m;
}
