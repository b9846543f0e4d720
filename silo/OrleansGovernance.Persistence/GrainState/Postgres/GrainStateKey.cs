using System.Text;

namespace OrleansGovernance.Persistence.GrainState.Postgres;

/// <summary>
/// A grain's row identity in orleans_grain_state, computed exactly as Orleans' ADO.NET provider computes it (key
/// parts, and the stable hash of the key bytes reversed), so rows it wrote and rows written here are the same rows.
/// </summary>
internal readonly record struct GrainStateKey(int Hash, long N0, long N1, string? Extension)
{
    public static GrainStateKey Of(GrainId grainId)
    {
        if (grainId.TryGetGuidKey(out var guid, out var guidExtension))
        {
            var bytes = guid.ToByteArray();
            return Hashed(bytes, BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8), guidExtension);
        }

        if (grainId.TryGetIntegerKey(out var integer, out var integerExtension))
        {
            return Hashed(BitConverter.GetBytes(integer), 0, integer, integerExtension);
        }

        var key = grainId.Key.ToString();
        return new GrainStateKey(HashOf(Encoding.UTF8.GetBytes(key)), 0, 0, key);
    }

    private static GrainStateKey Hashed(byte[] keyBytes, long n0, long n1, string? extension) =>
        new(HashOf(extension is null ? keyBytes : [.. keyBytes, .. Encoding.UTF8.GetBytes(extension)]), n0, n1, extension);

    private static int HashOf(byte[] bytes)
    {
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(bytes);
        }

        return unchecked((int)StableHash.ComputeHash(bytes));
    }
}
