using System.Text.Json;
using CsCheck;
using OrleansGovernance.Domain.Ledger;
using static OrleansGovernance.Domain.Tests.Ledger.LedgerData;

namespace OrleansGovernance.Domain.Tests.Ledger;

/// <summary>
/// Random sequences of entries, approvals, refusals and reversals, checked after every step against a model kept
/// beside the ledger: the balance is the sum of the posted entries, no expense above the threshold is posted without
/// both approvals, and a refused step changes nothing. A failure shrinks to a minimal sequence.
/// </summary>
public sealed class LedgerPropertyTests
{
    // Amounts on both sides of the 5,000.00 threshold, including the threshold itself and single fen.
    private static readonly decimal[] Amounts = [0.01m, 99.99m, 4_999.99m, 5_000m, 5_000.01m, 12_345.67m];

    private static readonly Gen<Step> Steps = Gen.Select(Gen.Int[0, 5], Gen.Int[0, Amounts.Length - 1], Gen.Int[1, 12], Gen.Int[0, 1],
        (kind, amount, target, party) => new Step(kind, Amounts[amount], target, (ApprovingParty)party));

    [Fact]
    public void Balance_is_the_sum_of_posted_entries_and_no_unapproved_expense_is_posted_whatever_the_steps()
    {
        Steps.Array[1, 40].Sample(steps =>
        {
            var ledger = NewLedger();
            var model = new Dictionary<int, Expected>();
            var minute = 0;
            foreach (var step in steps)
            {
                var before = JsonSerializer.Serialize(ledger);
                try
                {
                    Apply(ledger, model, step, ++minute);
                }
                catch (DomainRuleException)
                {
                    Assert.Equal(before, JsonSerializer.Serialize(ledger));
                }

                Check(ledger, model);
            }
        }, iter: 500);
    }

    private static void Apply(OrleansGovernance.Domain.Ledger.Ledger ledger, Dictionary<int, Expected> model, Step step, int minute)
    {
        switch (step.Kind)
        {
            case 0:
                var income = ledger.Record(Income(step.Amount), By(Bookkeeper, minute: minute));
                model[income.Number] = new Expected(step.Amount, NeedsApproval: false);
                break;
            case 1:
            case 2:
                var expense = ledger.Record(Expense(step.Amount), By(Bookkeeper, minute: minute));
                model[expense.Number] = new Expected(-step.Amount, NeedsApproval: step.Amount > 5_000m);
                break;
            case 3:
                ledger.Approve(step.Target, step.Party, By(step.Party.ToString(), minute: minute));
                model[step.Target].Approved.Add(step.Party);
                break;
            case 4:
                ledger.Refuse(step.Target, step.Party, By(step.Party.ToString(), "no", minute));
                model[step.Target].Refused = true;
                break;
            default:
                var reversal = ledger.Reverse(step.Target, By(Bookkeeper, "correction", minute));
                model[reversal.Number] = new Expected(-model[step.Target].Signed, NeedsApproval: false);
                break;
        }
    }

    private static void Check(OrleansGovernance.Domain.Ledger.Ledger ledger, Dictionary<int, Expected> model)
    {
        Assert.Equal(model.Count, ledger.Entries.Count);
        decimal balance = 0;
        foreach (var entry in ledger.Entries)
        {
            var expected = model[entry.Number];
            Assert.Equal(expected.Status, entry.Status);
            var signed = entry.Kind == EntryKind.Income ? entry.Amount.Yuan : -entry.Amount.Yuan;
            Assert.Equal(expected.Signed, signed);
            if (entry.IsPosted)
            {
                balance += signed;
            }

            if (entry.IsPosted && entry.Kind == EntryKind.Expense && entry.Reverses is null && entry.Amount.Yuan > 5_000m)
            {
                Assert.All(Enum.GetValues<ApprovingParty>(), party => Assert.Contains(entry.Approvals, a => a.Party == party && a.Approved));
            }
        }

        Assert.Equal(balance, ledger.Balance.Yuan);
        Assert.Equal(ledger.Income - ledger.Expense, ledger.Balance);
    }

    internal sealed record Step(int Kind, decimal Amount, int Target, ApprovingParty Party);

    private sealed record Expected(decimal Signed, bool NeedsApproval)
    {
        public HashSet<ApprovingParty> Approved { get; } = [];

        public bool Refused { get; set; }

        public EntryStatus Status =>
            !NeedsApproval ? EntryStatus.Posted
            : Refused ? EntryStatus.Refused
            : Approved.Count == 2 ? EntryStatus.Posted
            : EntryStatus.Pending;
    }
}
