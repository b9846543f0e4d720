namespace OrleansGovernance.Domain.Ledger;

public enum EntryKind
{
    Income,   // 收入
    Expense,  // 支出
}

/// <summary>What public revenue comes from and what it is spent on; each category belongs to one kind.</summary>
public enum LedgerCategory
{
    Parking,             // 停车费
    Advertising,         // 广告费
    VenueRent,           // 场地租金
    Interest,            // 利息
    OtherIncome,         // 其他收入
    Repairs,             // 维修
    CleaningAndGreening, // 保洁绿化
    Utilities,           // 公共水电
    BookkeepingFee,      // 代理记账费
    CommitteeAllowance,  // 业委会津贴
    OwnersActivities,    // 业主活动
    OtherExpense,        // 其他支出
}

public enum EntryStatus
{
    /// <summary>Counts in the balance.</summary>
    Posted,

    /// <summary>An expense above the threshold waiting for both approvals; never in the balance.</summary>
    Pending,

    /// <summary>An expense one of the approvers refused; never in the balance.</summary>
    Refused,
}

/// <summary>The two parties whose approval an expense above the threshold needs.</summary>
public enum ApprovingParty
{
    OwnersCommittee, // 业委会
    Community,       // 社区
}

public static class LedgerCategories
{
    public static EntryKind KindOf(LedgerCategory category) =>
        category <= LedgerCategory.OtherIncome ? EntryKind.Income : EntryKind.Expense;
}
