namespace OrleansGovernance.Api.Imports;

/// <summary>A column a layout knows: its English key and the other headers (Chinese first) a file may give it.</summary>
public sealed record ImportColumn(string Key, bool Required, params string[] Headers)
{
    public string Shown => Headers.Length == 0 ? Key : $"{Headers[0]}/{Key}";
}

/// <summary>Where each column of a layout sits in a file, found from its header line (Chinese or English, any case).</summary>
public sealed class ImportColumns
{
    private readonly Dictionary<ImportColumn, int> _index;

    private ImportColumns(Dictionary<ImportColumn, int> index) => _index = index;

    /// <summary>Refuses the file when a required column is missing or a column is named twice.</summary>
    public static ImportColumns Of(CsvRecord header, IReadOnlyList<ImportColumn> layout)
    {
        var index = new Dictionary<ImportColumn, int>();
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var name = Normal(header.Fields[i]);
            if (layout.FirstOrDefault(column => Normal(column.Key) == name || column.Headers.Any(h => Normal(h) == name)) is not { } column)
            {
                continue;
            }

            if (!index.TryAdd(column, i))
            {
                throw new ImportRefusedException(header.Line, $"the column {column.Shown} is named twice in the header.");
            }
        }

        var missing = layout.Where(column => column.Required && !index.ContainsKey(column)).Select(column => column.Shown).ToList();
        if (missing.Count > 0)
        {
            throw new ImportRefusedException(header.Line, $"the header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}.");
        }

        return new ImportColumns(index);
    }

    public bool Has(ImportColumn column) => _index.ContainsKey(column);

    /// <summary>The column's value in the record, trimmed; null when empty or not in the file.</summary>
    public string? Value(CsvRecord record, ImportColumn column) =>
        _index.TryGetValue(column, out var i) && i < record.Fields.Length && record.Fields[i].Trim() is { Length: > 0 } value ? value : null;

    private static string Normal(string header) => header.Trim().TrimStart('\uFEFF').Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)
        .Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
}

/// <summary>A row refused with the reason shown in the report (never with personal data from the row).</summary>
public sealed class RowRefusedException(string reason) : Exception(reason);
