using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Imports;

/// <summary>
/// Imports historical requests (docs/import.md). Every row is validated first; unless all are valid (or the caller
/// asked to skip the invalid ones) nothing is written. Then the rows go in batches through <see cref="IHistoryStore"/>,
/// each batch one transaction with the journal line of the file (known by its content hash): a killed run resumes
/// after the last batch that committed, a finished file imports nothing again, and a ticket already stored (its id
/// comes from the source's id) is left as it is. Only when the file is finished do its compounds hear of it (each
/// counts its tickets afresh once): a run killed half-way leaves the compounds counting what they counted before
/// until the file is run again and finishes.
/// </summary>
public sealed class HistoryImport(IHistoryStore store, ServiceLevelPolicy policy)
{
    public async Task<ImportReport> Run(ImportFile file, ImportSettings settings, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var report = new ImportReport { Kind = "requests", File = file.Name, DryRun = settings.DryRun };
        try
        {
            var text = ImportText.Read(file, settings.Encoding);
            report.Sha256 = text.Hash;
            report.Encoding = text.EncodingName;
            var journal = await store.Journal(text.Hash, cancellationToken);
            if (journal?.FinishedAt is not null)
            {
                report.AlreadyImported = true;
                report.Rows = journal.Rows;
                report.Valid = journal.Rows;
                return report;
            }

            var compounds = new CompoundDirectory(await store.Compounds(cancellationToken));
            var (refused, touched) = Validate(text, compounds, report, progress, cancellationToken);
            if (settings.DryRun || (report.Refused > 0 && !settings.SkipInvalid) || report.Valid == 0)
            {
                return report;
            }

            await Write(text, compounds, refused, journal, report, settings, progress, cancellationToken);
            await store.Finish(text.Hash, touched, cancellationToken);
        }
        catch (ImportRefusedException whole)
        {
            report.Refuse(whole.Line, whole.Message);
        }

        return report;
    }

    /// <summary>The first pass: every row read as a ticket, duplicates in the file found; the lines refused, and the valid rows per compound.</summary>
    private (HashSet<int> Refused, Dictionary<string, int> Compounds) Validate(ImportText text, CompoundDirectory compounds, ImportReport report, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var refused = new HashSet<int>();
        var touched = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (rows, record) in Records(text, compounds))
        {
            cancellationToken.ThrowIfCancellationRequested();
            report.Rows++;
            try
            {
                var source = rows.Source(record);
                if (!sources.TryAdd(source, record.Line))
                {
                    throw new RowRefusedException($"the same {RequestRows.SourceId.Shown} as line {sources[source]}.");
                }

                var ticket = rows.Read(record);
                if (!ids.TryAdd(ticket.Id, record.Line))
                {
                    throw new RowRefusedException($"its ticket id {ticket.Id} is also line {ids[ticket.Id]}'s (filed in the same millisecond, 30 bits of their ids' hashes alike): give one of them another id.");
                }

                touched[ticket.CompoundId] = touched.GetValueOrDefault(ticket.CompoundId) + 1;
                report.Valid++;
            }
            catch (Exception e) when (e is RowRefusedException or DomainRuleException)
            {
                refused.Add(record.Line);
                report.Refuse(record.Line, e.Message);
            }

            if (report.Rows % 10_000 == 0)
            {
                progress?.Report(new ImportProgress("validating", report.Rows, 0));
            }
        }

        progress?.Report(new ImportProgress("validating", report.Rows, report.Rows));
        return (refused, touched);
    }

    /// <summary>The second pass: the valid rows after the journal's line, in batches.</summary>
    private async Task Write(ImportText text, CompoundDirectory compounds, HashSet<int> refused, ImportJournal? journal, ImportReport report, ImportSettings settings, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await store.Begin(new ImportJournal(text.Hash, report.File, report.Rows), cancellationToken);
        var after = journal?.CommittedLine ?? 0;
        report.ResumedAfterLine = after;
        report.Imported = journal?.Imported ?? 0;
        report.Unchanged = journal?.AlreadyStored ?? 0;
        report.Written = true;

        var batch = new List<Ticket>(settings.BatchSize);
        long done = 0;
        var lastLine = after;
        foreach (var (rows, record) in Records(text, compounds))
        {
            done++;
            if (record.Line <= after || refused.Contains(record.Line))
            {
                continue;
            }

            batch.Add(rows.Read(record));
            lastLine = record.Line;
            if (batch.Count == settings.BatchSize)
            {
                await Commit(text.Hash, batch, lastLine, report, cancellationToken);
                progress?.Report(new ImportProgress("writing", done, report.Rows));
            }
        }

        await Commit(text.Hash, batch, lastLine, report, cancellationToken);
        progress?.Report(new ImportProgress("writing", report.Rows, report.Rows));
    }

    /// <summary>
    /// The file's rows, each with the layout its header line gives; read afresh by each pass, since a file of millions of
    /// rows is not kept in memory. A file without a header line is refused whole.
    /// </summary>
    private IEnumerable<(RequestRows Rows, CsvRecord Record)> Records(ImportText text, CompoundDirectory compounds)
    {
        using var reader = text.Open();
        RequestRows? rows = null;
        foreach (var record in CsvRecords.Read(reader))
        {
            if (rows is null)
            {
                rows = RequestRows.Of(record, compounds, policy);
                continue;
            }

            yield return (rows, record);
        }

        if (rows is null)
        {
            throw new ImportRefusedException(1, "the file is empty: it needs a header line and rows.");
        }
    }

    private async Task Commit(string hash, List<Ticket> batch, int lastLine, ImportReport report, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var stored = await store.Commit(hash, batch, lastLine, cancellationToken);
        report.Imported += stored;
        report.Unchanged += batch.Count - stored;
        batch.Clear();
    }
}
