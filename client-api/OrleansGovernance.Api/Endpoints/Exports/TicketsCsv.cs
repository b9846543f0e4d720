using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Endpoints.Exports;

/// <summary>
/// The ticket export: the listing's pages one after another, each sent as soon as it is written. A row shows what
/// the API shows the caller of a ticket (the reporter masked unless the caller is the reporter or staff of the place), without its history.
/// </summary>
internal static class TicketsCsv
{
    public static async Task Write(Stream body, IGrainFactory grains, IReadOnlyList<string> compounds, TicketQuery query, Caller caller)
    {
        await using var csv = new CsvWriter(body);
        await csv.WriteRow(
            "id", "compoundId", "category", "channel", "status", "submittedAt", "responseDue", "settleDue", "respondedAt",
            "claimedAt", "claimedBy", "claimantName", "escalatedAt", "settledAt", "rating", "duplicateOf", "reopened",
            "reporterName", "reporterPhone", "location", "description");
        string? cursor = null;
        do
        {
            var page = await TicketListing.Page(grains, compounds, query with { Before = TicketCursor.Read(cursor) }, TicketListing.MaxLimit, caller);
            foreach (var ticket in page.Items)
            {
                await Row(csv, ticket);
            }

            await csv.Flush();
            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }

    private static Task Row(CsvWriter csv, TicketView t) => csv.WriteRow(
        t.Id, t.CompoundId, ApiEnums.Name(t.Category), ApiEnums.Name(t.Channel), ApiEnums.Name(t.Status),
        CsvWriter.Time(t.SubmittedAt), CsvWriter.Time(t.ResponseDue), CsvWriter.Time(t.SettleDue), CsvWriter.Time(t.RespondedAt),
        CsvWriter.Time(t.ClaimedAt), t.ClaimedBy is { } party ? ApiEnums.Name(party) : null, t.ClaimantName,
        CsvWriter.Time(t.EscalatedAt), CsvWriter.Time(t.SettledAt), t.Rating is { } rating ? ApiEnums.Name(rating) : null,
        t.DuplicateOf, CsvWriter.Number(t.Reopened), t.Reporter?.Name, t.Reporter?.Phone, t.Location, t.Description);
}
