namespace OrleansGovernance.Api.Imports;

/// <summary>
/// What an import found and did: written as JSON next to the file (the CLI) or answered (the API). Refusals carry a
/// line (a GeoJSON file's feature number) and a reason, never a value of a row that could be personal data.
/// </summary>
public sealed class ImportReport
{
    public required string Kind { get; init; }

    public required string File { get; init; }

    public string? Sha256 { get; set; }

    public string? Encoding { get; set; }

    public int Rows { get; set; }

    public int Valid { get; set; }

    public int Refused => Refusals.Count;

    /// <summary>Places: defined now. Requests: stored now.</summary>
    public long Imported { get; set; }

    /// <summary>Places already defined as the file says; requests already stored (by an earlier file or run).</summary>
    public long Unchanged { get; set; }

    /// <summary>The line after which this run resumed an interrupted import of the same file (0: from the start).</summary>
    public int ResumedAfterLine { get; set; }

    /// <summary>The same file was imported to the end before: nothing was written.</summary>
    public bool AlreadyImported { get; set; }

    public bool DryRun { get; set; }

    /// <summary>Whether anything was written: not when refusals stopped it, on a dry run, or when already imported.</summary>
    public bool Written { get; set; }

    public List<ImportRefusal> Refusals { get; } = [];

    public void Refuse(int line, string reason) => Refusals.Add(new ImportRefusal(line, reason));
}

public sealed record ImportRefusal(int Line, string Reason);

/// <summary>What a run asks: the file's encoding, validating only, and whether valid rows go in when others are refused.</summary>
public sealed record ImportSettings(ImportEncoding Encoding = ImportEncoding.Auto, bool DryRun = false, bool SkipInvalid = false, int BatchSize = 20_000);

/// <summary>How far a pass over the file has come, for a progress bar.</summary>
public readonly record struct ImportProgress(string Phase, long Done, long Total);
