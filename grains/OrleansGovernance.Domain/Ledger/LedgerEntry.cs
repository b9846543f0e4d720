namespace OrleansGovernance.Domain.Ledger;

/// <summary>
/// One line of a compound's public-revenue book. Entries are never edited: a correction is a reversing entry that
/// posts the opposite amount and names the entry it reverses.
/// </summary>
[GenerateSerializer, Alias("governance.ledger-entry")]
public sealed class LedgerEntry
{
    [Id(0)] public int Number { get; set; }
    [Id(1)] public EntryKind Kind { get; set; }
    [Id(2)] public LedgerCategory Category { get; set; }
    [Id(3)] public DateOnly Date { get; set; }

    /// <summary>Positive, except on a reversal of an entry, which carries the opposite of the original's amount.</summary>
    [Id(4)] public Money Amount { get; set; }

    [Id(5)] public string Counterparty { get; set; } = "";
    [Id(6)] public string Evidence { get; set; } = "";
    [Id(7)] public string? Note { get; set; }
    [Id(8)] public EntryStatus Status { get; set; }
    [Id(9)] public int? Reverses { get; set; }
    [Id(10)] public int? ReversedBy { get; set; }
    [Id(11)] public List<Approval> Approvals { get; set; } = [];
    [Id(12)] public string RecordedBy { get; set; } = "";
    [Id(13)] public DateTimeOffset RecordedAt { get; set; }
    [Id(14)] public DateTimeOffset? PostedAt { get; set; }

    public bool IsPosted => Status == EntryStatus.Posted;
}

/// <summary>One approver's decision on an expense above the threshold, with who, when and why.</summary>
[GenerateSerializer, Immutable, Alias("governance.ledger-approval")]
public sealed record Approval(
    [property: Id(0)] ApprovingParty Party,
    [property: Id(1)] bool Approved,
    [property: Id(2)] string By,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Note);
