using System.Globalization;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>How figures, rates and times read on screen. Times are always China time (Asia/Shanghai, UTC+8).</summary>
public static class Show
{
    public const string Nothing = "—";

    public static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A fraction from 0 to 1 as a percentage with one decimal, or a dash when nothing is counted yet.</summary>
    public static string Percent(double? rate) =>
        rate is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : Nothing;

    public static string Time(DateTimeOffset at) =>
        ChinaTime.ToChina(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? at) => at is { } value ? Time(value) : Nothing;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Yuan with the fen and thousands separators: ¥12,345.60.</summary>
    public static string Yuan(Domain.Ledger.Money amount) => "¥" + amount.Yuan.ToString("N2", CultureInfo.InvariantCulture);

    public static string Yuan(decimal amount) => "¥" + amount.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>
    /// A place's name in the reader's language. Places the seed invented read as samples (示例); databases seeded before
    /// the seed said so still hold "合成小区01-03" and "Compound 01-03 (synthetic)", which read the same way here.
    /// </summary>
    public static string Name(string name, string nameZh) =>
        AsSample(DashboardCulture.IsChinese && nameZh.Length > 0 ? nameZh : name);

    private static string AsSample(string name) =>
        name.Replace("合成", "示例", StringComparison.Ordinal).Replace(" (synthetic)", " (sample)", StringComparison.Ordinal);
}
