namespace OrleansGovernance.Domain.Ledger;

/// <summary>
/// A compound's public-revenue book under agency bookkeeping (公共收益代理记账). Append-only: entries are recorded,
/// approved, refused or reversed, never edited or removed. An expense above the approval threshold stays pending until
/// both the owners' committee and the community approve it; only posted entries count in the balance.
/// </summary>
[GenerateSerializer, Alias("governance.ledger")]
public sealed class Ledger
{
    public static readonly Money DefaultThreshold = new(5_000m);

    /// <summary>
    /// The highest threshold: above it the rule that large expenses need both approvals would stop meaning anything
    /// (a compound's yearly public revenue is rarely more).
    /// </summary>
    public static readonly Money MaxThreshold = new(1_000_000m);

    [Id(0)] public string CompoundId { get; set; } = "";
    [Id(1)] public Money ApprovalThreshold { get; set; } = DefaultThreshold;
    [Id(2)] public List<LedgerEntry> Entries { get; set; } = [];

    /// <summary>Rises with every change; the compound keeps the facts of the newest version it has seen.</summary>
    [Id(3)] public int Version { get; set; }

    [Id(4)] public bool Synthetic { get; set; }

    public IEnumerable<LedgerEntry> Posted => Entries.Where(e => e.IsPosted);

    public Money Income => Total(Posted, EntryKind.Income);

    public Money Expense => Total(Posted, EntryKind.Expense);

    public Money Balance => Income - Expense;

    public static Ledger Open(string compoundId) => new() { CompoundId = Require.PlaceId(compoundId, "compoundId"), Version = 0 };

    /// <summary>Records an entry: posted at once, or pending when it is an expense above the threshold.</summary>
    public LedgerEntry Record(LedgerEntryDraft draft, Stamp stamp)
    {
        stamp.Validate();
        var amount = draft.Validate(ChinaTime.Date(stamp.At));
        var pending = draft.Kind == EntryKind.Expense && amount > ApprovalThreshold;
        if (draft.Kind == EntryKind.Expense && !pending)
        {
            RequireCovered(amount);
        }

        var entry = new LedgerEntry
        {
            Number = Entries.Count + 1,
            Kind = draft.Kind,
            Category = draft.Category,
            Date = draft.Date,
            Amount = amount,
            Counterparty = draft.Counterparty.Trim(),
            Evidence = draft.Evidence.Trim(),
            Note = draft.Note?.Trim(),
            Status = pending ? EntryStatus.Pending : EntryStatus.Posted,
            RecordedBy = stamp.By,
            RecordedAt = stamp.At,
            PostedAt = pending ? null : stamp.At,
        };
        Entries.Add(entry);
        Version++;
        return entry;
    }

    /// <summary>One party approves a pending expense; the second approval posts it.</summary>
    public LedgerEntry Approve(int number, ApprovingParty party, Stamp stamp)
    {
        var entry = Pending(number, party, stamp);
        var posts = Enum.GetValues<ApprovingParty>().All(p => p == party || entry.Approvals.Any(a => a.Party == p && a.Approved));
        if (posts)
        {
            RequireCovered(entry.Amount);
        }

        entry.Approvals.Add(new Approval(party, true, stamp.By, stamp.At, stamp.Note));
        if (posts)
        {
            entry.Status = EntryStatus.Posted;
            entry.PostedAt = stamp.At;
        }

        Version++;
        return entry;
    }

    /// <summary>One party refuses a pending expense; it is never posted.</summary>
    public LedgerEntry Refuse(int number, ApprovingParty party, Stamp stamp)
    {
        var entry = Pending(number, party, stamp);
        Require.Text(stamp.Note, "a refusal's reason (note)", Stamp.MaxNoteLength);
        entry.Approvals.Add(new Approval(party, false, stamp.By, stamp.At, stamp.Note));
        entry.Status = EntryStatus.Refused;
        Version++;
        return entry;
    }

    /// <summary>
    /// Corrects a posted entry by posting its opposite, dated the day of the correction and naming the original; an
    /// entry is reversed at most once, and a reversal is not reversed again (record the entry anew instead).
    /// </summary>
    public LedgerEntry Reverse(int number, Stamp stamp)
    {
        stamp.Validate();
        Require.Text(stamp.Note, "a reversal's reason (note)", Stamp.MaxNoteLength);
        var original = Find(number);
        if (!original.IsPosted)
        {
            throw DomainRuleException.Transition($"entry {number} is {original.Status.ToString().ToLowerInvariant()}, not posted: only posted entries are reversed.");
        }

        if (original.Reverses is not null)
        {
            throw DomainRuleException.Transition($"entry {number} is itself a reversal; record the entry anew instead.");
        }

        if (original.ReversedBy is { } reversal)
        {
            throw DomainRuleException.Transition($"entry {number} was already reversed by entry {reversal}.");
        }

        var entry = new LedgerEntry
        {
            Number = Entries.Count + 1,
            Kind = original.Kind,
            Category = original.Category,
            Date = ChinaTime.Date(stamp.At),
            Amount = -original.Amount,
            Counterparty = original.Counterparty,
            Evidence = original.Evidence,
            Note = stamp.Note!.Trim(),
            Status = EntryStatus.Posted,
            Reverses = original.Number,
            RecordedBy = stamp.By,
            RecordedAt = stamp.At,
            PostedAt = stamp.At,
        };
        original.ReversedBy = entry.Number;
        Entries.Add(entry);
        Version++;
        return entry;
    }

    /// <summary>Sets the amount above which an expense needs both approvals; entries already recorded keep their status.</summary>
    public void SetThreshold(decimal yuan)
    {
        var threshold = Money.Of(yuan, "threshold");
        if (threshold > MaxThreshold)
        {
            throw DomainRuleException.Invalid($"the threshold must be at most {MaxThreshold} yuan.");
        }

        ApprovalThreshold = threshold;
        Version++;
    }

    public LedgerEntry Find(int number) =>
        number >= 1 && number <= Entries.Count
            ? Entries[number - 1]
            : throw DomainRuleException.NotFound("ledger entry", $"{CompoundId}/{number}");

    public LedgerFacts Facts => new(
        CompoundId,
        Version,
        Income,
        Expense,
        Entries.Count(e => e.Status == EntryStatus.Pending),
        Entries.Count(e => e.Status == EntryStatus.Refused));

    internal static Money Total(IEnumerable<LedgerEntry> entries, EntryKind kind) =>
        Money.Sum(entries.Where(e => e.Kind == kind).Select(e => e.Amount));

    private LedgerEntry Pending(int number, ApprovingParty party, Stamp stamp)
    {
        stamp.Validate();
        Require.Defined(party, "party");
        var entry = Find(number);
        if (entry.Status != EntryStatus.Pending)
        {
            throw DomainRuleException.Transition($"entry {number} is {entry.Status.ToString().ToLowerInvariant()}: only a pending expense is approved or refused.");
        }

        if (entry.Approvals.Any(a => a.Party == party))
        {
            throw DomainRuleException.Transition($"the {PartyName(party)} already approved entry {number}.");
        }

        return entry;
    }

    /// <summary>
    /// Public revenue is money the compound holds: an expense is paid out of the posted balance, so one that would take
    /// it below zero waits (refused now, recorded again once the income that covers it is posted).
    /// </summary>
    private void RequireCovered(Money expense)
    {
        if (expense > Balance)
        {
            throw DomainRuleException.Transition($"an expense of {expense} yuan would take the balance of {Balance} yuan below zero; record the income that covers it first.");
        }
    }

    private static string PartyName(ApprovingParty party) => party == ApprovingParty.OwnersCommittee ? "owners' committee" : "community";
}
