using OrleansGovernance.Domain.Seals;

namespace OrleansGovernance.Api.Endpoints.Exports;

/// <summary>The seal log export: one row per step of every request (asked, approved, refused, used), oldest first.</summary>
internal static class SealLogCsv
{
    public static async Task Write(Stream body, SealRegister register)
    {
        await using var csv = new CsvWriter(body);
        await csv.WriteRow("compoundId", "request", "document", "purpose", "action", "by", "at", "note", "outcome");
        foreach (var request in register.Requests)
        {
            foreach (var step in request.Log)
            {
                await csv.WriteRow(
                    register.CompoundId, CsvWriter.Number(request.Number), request.Document, request.Purpose,
                    ApiEnums.Name(step.Action), step.By, CsvWriter.Time(step.At), step.Note, ApiEnums.Name(request.Status));
            }
        }
    }
}
