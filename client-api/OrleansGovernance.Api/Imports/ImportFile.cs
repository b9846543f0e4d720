namespace OrleansGovernance.Api.Imports;

/// <summary>A file to import, by name, opened afresh for each pass over it (hashing, validating, writing).</summary>
public sealed record ImportFile(string Name, Func<Stream> Open)
{
    public static ImportFile Of(string name, byte[] content) => new(name, () => new MemoryStream(content, writable: false));

    public static ImportFile OnDisk(string path) =>
        new(Path.GetFileName(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
}

/// <summary>How the file's bytes are read: strict UTF-8, GBK (read as GB18030, its superset), or the first of the two that reads the whole file.</summary>
public enum ImportEncoding
{
    Auto,
    Utf8,
    Gbk,
}

/// <summary>A file refused as a whole (not text, a column missing, a quote never closed): nothing of it is imported.</summary>
public sealed class ImportRefusedException(int line, string reason) : Exception(reason)
{
    public int Line { get; } = line;
}
