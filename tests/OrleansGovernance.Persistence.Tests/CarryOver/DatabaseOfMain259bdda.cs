using System.IO.Compression;
using System.Text.Json.Nodes;

namespace OrleansGovernance.Persistence.Tests.CarryOver;

/// <summary>
/// The SQLite database main wrote at commit 259bdda and the summaries its API answered for it (how both were made:
/// Fixtures/Main259bdda/README.md).
/// </summary>
public static class DatabaseOfMain259bdda
{
    /// <summary>The Orleans service its silo ran as, which keys its grain-state rows.</summary>
    public const string ServiceId = "governance";

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Main259bdda");

    /// <summary>Writes a fresh copy of the database to <paramref name="path"/>.</summary>
    public static async Task UnpackTo(string path)
    {
        await using var packed = File.OpenRead(Path.Combine(Folder, "governance.db.gz"));
        await using var unpacked = new GZipStream(packed, CompressionMode.Decompress);
        await using var copy = File.Create(path);
        await unpacked.CopyToAsync(copy);
    }

    /// <summary>The summary the API of that code answered for a place (GET /api/v1/{regions|communities|compounds}/{id}/summary).</summary>
    public static JsonObject Summary(string placeId) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, $"{placeId}.summary.json")))!.AsObject();

    /// <summary>When that summary was computed: the instant to compute today's figures at, to compare like with like.</summary>
    public static DateTimeOffset AsOf(JsonObject summary) => summary["asOf"]!.GetValue<DateTimeOffset>();
}
