using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Imports;

/// <summary>
/// Imports places through their grains, as the API's PUTs define them (docs/import.md). Every row is checked first: its
/// profile by the domain's rules, its parent (earlier in the file or stored) and the level below that parent, and
/// what is stored under its id. A place not stored yet is defined; one stored exactly as the file says is left
/// (so a re-run changes nothing); one stored differently is refused, never overwritten: the file cannot tell an
/// outdated export from a deliberate change, and changes go through the API where they are audited.
/// </summary>
public sealed class PlaceImport(IGrainFactory grains)
{
    private const int Parallel = 16;

    public async Task<ImportReport> Run(ImportFile file, ImportSettings settings, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var report = new ImportReport { Kind = "places", File = file.Name, DryRun = settings.DryRun };
        try
        {
            var text = ImportText.Read(file, settings.Encoding);
            report.Sha256 = text.Hash;
            report.Encoding = text.EncodingName;
            var rows = Rows(text, report);
            var places = new PlaceBook(grains);
            var pending = new List<PlaceRow>();
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    if (await places.Check(row))
                    {
                        pending.Add(row);
                    }
                    else
                    {
                        report.Unchanged++;
                    }
                }
                catch (Exception e) when (e is RowRefusedException or DomainRuleException)
                {
                    report.Refuse(row.Line, e.Message);
                }

                progress?.Report(new ImportProgress("validating", pending.Count + report.Unchanged + report.Refused, rows.Count));
            }

            // Rows of the file, not places: a committee's member rows stand or fall together.
            report.Valid = report.Rows - report.Refused;

            if (settings.DryRun || (report.Refused > 0 && !settings.SkipInvalid))
            {
                return report;
            }

            report.Written = true;
            await Define(pending, report, progress, cancellationToken);
        }
        catch (ImportRefusedException whole)
        {
            report.Refuse(whole.Line, whole.Message);
        }

        return report;
    }

    /// <summary>The file's rows, committee members gathered per compound; rows that cannot be read are refused here.</summary>
    private static List<PlaceRow> Rows(ImportText text, ImportReport report)
    {
        var rows = new List<PlaceRow>();
        var committees = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, value, geometry) in PlaceRows.Entries(text))
        {
            report.Rows++;
            try
            {
                var row = PlaceRows.Read(line, value, geometry);
                if (row is CommitteeRow member && committees.TryGetValue(member.CompoundId, out var at))
                {
                    var held = (CommitteeRow)rows[at];
                    rows[at] = held with { Committee = held.Committee with { Members = [.. held.Committee.Members, .. member.Committee.Members], Formed = held.Committee.Formed ?? member.Committee.Formed } };
                    continue;
                }

                if (row is CommitteeRow first)
                {
                    committees[first.CompoundId] = rows.Count;
                }

                rows.Add(row);
            }
            catch (Exception e) when (e is RowRefusedException or DomainRuleException)
            {
                report.Refuse(line, e.Message);
            }
        }

        return rows;
    }

    /// <summary>Regions and communities one at a time in file order (a parent before its children), then the rest a few at once.</summary>
    private async Task Define(List<PlaceRow> pending, ImportReport report, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var done = 0L;
        foreach (var rank in pending.GroupBy(row => row.Rank).OrderBy(group => group.Key))
        {
            using var turns = new SemaphoreSlim(rank.Key < 2 ? 1 : Parallel);
            await Task.WhenAll(rank.Select(async row =>
            {
                await turns.WaitAsync(cancellationToken);
                try
                {
                    await PlaceBook.Define(grains, row);
                    Interlocked.Increment(ref done);
                    progress?.Report(new ImportProgress("writing", Interlocked.Read(ref done), pending.Count));
                }
                finally
                {
                    turns.Release();
                }
            }));
        }

        report.Imported = pending.Count;
    }
}
