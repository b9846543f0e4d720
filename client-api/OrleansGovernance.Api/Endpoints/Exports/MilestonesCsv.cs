using System.Globalization;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Endpoints.Exports;

/// <summary>The milestone export: one row per milestone with its plan's particulars, a compound's plans at a time.</summary>
internal static class MilestonesCsv
{
    public static async Task Write(Stream body, IGrainFactory grains, IReadOnlyList<string> compounds)
    {
        await using var csv = new CsvWriter(body);
        await csv.WriteRow(
            "planId", "planTitle", "compoundId", "parties", "periodStart", "periodEnd", "planSynthetic",
            "milestoneId", "milestoneTitle", "kind", "due", "weight", "owner", "done", "doneAt", "doneBy", "doneNote");
        foreach (var compound in compounds)
        {
            var profile = await grains.GetGrain<ICompoundGrain>(compound).GetProfile();
            foreach (var plan in await FanOut.Map(profile.Plans, id => grains.GetGrain<IPlanGrain>(id).Get()))
            {
                await Rows(csv, plan);
            }

            await csv.Flush();
        }
    }

    private static async Task Rows(CsvWriter csv, Plan plan)
    {
        foreach (var m in plan.Milestones)
        {
            // Who finished it and why (not who later inspected it); a step back since then means it is not done, so nobody is named.
            var tick = m.Done ? m.History.LastOrDefault(t => t.Step == MilestoneStep.Finish) : null;
            await csv.WriteRow(
                plan.Id, plan.Title, plan.CompoundId, string.Join("; ", plan.Parties), Date(plan.PeriodStart), Date(plan.PeriodEnd),
                Flag(plan.Synthetic), m.Id, m.Title, ApiEnums.Name(m.Kind), Date(m.Due), CsvWriter.Number(m.Weight), m.Owner,
                Flag(m.Done), CsvWriter.Time(m.DoneAt), tick?.By, tick?.Note);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";
}
