using System.Globalization;
using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Api.Endpoints.Exports;

/// <summary>The ledger export: one row per entry the caller may see, amounts in yuan with two decimal places.</summary>
internal static class LedgerCsv
{
    public static async Task Write(Stream body, string compoundId, IEnumerable<LedgerEntry> entries)
    {
        await using var csv = new CsvWriter(body);
        await csv.WriteRow(
            "compoundId", "number", "date", "kind", "category", "amount", "counterparty", "evidence", "note", "status",
            "reverses", "reversedBy", "committeeDecision", "communityDecision", "recordedBy", "recordedAt", "postedAt");
        foreach (var e in entries)
        {
            await csv.WriteRow(
                compoundId, CsvWriter.Number(e.Number), e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ApiEnums.Name(e.Kind),
                ApiEnums.Name(e.Category), e.Amount.ToString(), e.Counterparty, e.Evidence, e.Note, ApiEnums.Name(e.Status),
                Number(e.Reverses), Number(e.ReversedBy), Decision(e, ApprovingParty.OwnersCommittee), Decision(e, ApprovingParty.Community),
                e.RecordedBy, CsvWriter.Time(e.RecordedAt), CsvWriter.Time(e.PostedAt));
        }
    }

    private static string? Number(int? value) => value is { } n ? CsvWriter.Number(n) : null;

    /// <summary>"approved by chair-su" or "refused by staff-wu", empty while the party has not decided.</summary>
    private static string? Decision(LedgerEntry entry, ApprovingParty party) =>
        entry.Approvals.FirstOrDefault(a => a.Party == party) is { } a ? $"{(a.Approved ? "approved" : "refused")} by {a.By}" : null;
}
