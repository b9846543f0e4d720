using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Imports;

/// <summary>
/// Finds the compound an export's row names: by id, by its exact name (English or Chinese), or by an address that
/// contains exactly one compound's name (a name inside a longer matching name, such as 花园 in 华铃花园, gives way to
/// the longer). Anything else, none or several, refuses the row: a request counted at the wrong compound would make
/// the figures wrong, which is worse than one left out and reported.
/// </summary>
public sealed class CompoundDirectory
{
    private readonly HashSet<string> _ids;
    private readonly Dictionary<string, List<string>> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> _byAddress = new(StringComparer.Ordinal);

    public CompoundDirectory(IEnumerable<CompoundEntry> compounds)
    {
        var all = compounds.ToList();
        _ids = [.. all.Select(c => c.Id)];
        foreach (var compound in all)
        {
            foreach (var name in new[] { compound.Name, compound.NameZh }.Where(n => n.Trim().Length >= 2).Select(n => n.Trim()).Distinct())
            {
                if (!_byName.TryGetValue(name, out var ids))
                {
                    _byName[name] = ids = [];
                }

                ids.Add(compound.Id);
            }
        }
    }

    public int Count => _ids.Count;

    public string Resolve(string? compound, string? address)
    {
        if (compound is not null)
        {
            if (_ids.Contains(compound))
            {
                return compound;
            }

            if (_byName.TryGetValue(compound, out var named))
            {
                return named.Count == 1 ? named[0] : throw new RowRefusedException($"{named.Count} compounds are named as the compound column says; give the compound's id.");
            }
        }

        var text = address ?? compound;
        if (text is null)
        {
            throw new RowRefusedException("the row names no compound (小区/compound) and no address (地址/address).");
        }

        if (!_byAddress.TryGetValue(text, out var found))
        {
            _byAddress[text] = found = InAddress(text);
        }

        return found ?? throw new RowRefusedException("the compound or address names no compound the platform holds, or more than one: give the compound's id.");
    }

    private string? InAddress(string address)
    {
        var names = _byName.Keys.Where(name => address.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        var longest = names.Where(name => !names.Any(other => other.Length > name.Length && other.Contains(name, StringComparison.OrdinalIgnoreCase))).ToList();
        var ids = longest.SelectMany(name => _byName[name]).Distinct().ToList();
        return ids.Count == 1 ? ids[0] : null;
    }
}
