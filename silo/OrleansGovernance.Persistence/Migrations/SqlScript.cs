using OrleansGovernance.Persistence.Database;
using System.Security.Cryptography;
using System.Text;

namespace OrleansGovernance.Persistence.Migrations;

/// <summary>One migration script shipped inside this assembly, e.g. Migrations/Sql/Postgres/0003_grain_storage.sql.</summary>
public sealed record SqlScript(int Version, string Name, string Text)
{
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));

    /// <summary>The scripts for a provider, in version order.</summary>
    public static IReadOnlyList<SqlScript> For(StorageProvider provider)
    {
        var prefix = $"sql.{provider.ToString().ToLowerInvariant()}.";
        var assembly = typeof(SqlScript).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name =>
            {
                var file = name[prefix.Length..];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new SqlScript(int.Parse(file[..4], System.Globalization.CultureInfo.InvariantCulture), file, reader.ReadToEnd());
            })
            .OrderBy(script => script.Version)];
    }

    /// <summary>What a script changes: its name without the number, e.g. "grain_storage.sql" for "0003_grain_storage.sql".</summary>
    public static string Change(string name) => name[(name.IndexOf('_', StringComparison.Ordinal) + 1)..];

    /// <summary>The script's statements with the line each starts on, for error messages that point at the failing one.</summary>
    public IReadOnlyList<SqlStatement> Statements() => SqlSplitter.Split(Text);
}

public sealed record SqlStatement(int Line, string Text);
