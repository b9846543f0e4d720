using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Places;

/// <summary>The compounds under one region at one moment, searchable by id, name and position.</summary>
public sealed class CompoundIndex(IReadOnlyList<CompoundEntry> compounds)
{
    private readonly Dictionary<string, CompoundEntry> _byId = compounds.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public IReadOnlyList<CompoundEntry> Compounds => compounds;

    public CompoundEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The compound closest to <paramref name="point"/>, if one lies within <paramref name="metres"/>.</summary>
    public CompoundEntry? Nearest(GeoPoint point, double metres)
    {
        CompoundEntry? nearest = null;
        var best = metres;
        foreach (var compound in compounds)
        {
            if (compound.Location is { } location && GeoDistance.Metres(point, location) is var distance && distance <= best)
            {
                (nearest, best) = (compound, distance);
            }
        }

        return nearest;
    }

    /// <summary>
    /// The compounds whose English or Chinese name appears in <paramref name="text"/>, ignoring case; when several do,
    /// only those with the longest name, so "Hualing Garden Phase 2" is not also taken for "Hualing Garden".
    /// </summary>
    public IReadOnlyList<CompoundEntry> NamedIn(string text)
    {
        var matches = compounds
            .Select(c => (Compound: c, Length: Math.Max(MatchLength(text, c.Name), MatchLength(text, c.NameZh))))
            .Where(m => m.Length > 0)
            .ToList();
        var longest = matches.Count == 0 ? 0 : matches.Max(m => m.Length);
        return [.. matches.Where(m => m.Length == longest).Select(m => m.Compound)];
    }

    private static int MatchLength(string text, string name) =>
        name.Length > 0 && text.Contains(name, StringComparison.OrdinalIgnoreCase) ? name.Length : 0;
}
