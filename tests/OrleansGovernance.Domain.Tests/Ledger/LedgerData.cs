using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Domain.Tests.Ledger;

internal static class LedgerData
{
    public const string Bookkeeper = "agent-lin";
    public const string Chair = "committee-chair-su";
    public const string CommunityStaff = "fangzhi-staff-wu";

    public static Stamp By(string who, string? note = null, int minute = 0) => new(who, TestData.T0.AddMinutes(minute), note);

    public static LedgerEntryDraft Income(decimal amount, LedgerCategory category = LedgerCategory.Parking) =>
        new(EntryKind.Income, category, new DateOnly(2023, 5, 31), amount, "Chengfa property", "PZ-2023-05-031", "May parking");

    public static LedgerEntryDraft Expense(decimal amount, LedgerCategory category = LedgerCategory.Repairs, DateOnly? date = null) =>
        new(EntryKind.Expense, category, date ?? new DateOnly(2023, 5, 31), amount, "Xiamen lift service", "PZ-2023-05-032", "Lift 2 repair");

    public static OrleansGovernance.Domain.Ledger.Ledger NewLedger() => OrleansGovernance.Domain.Ledger.Ledger.Open(TestData.CompoundId);
}
