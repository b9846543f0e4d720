using System.Collections.Concurrent;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Grains;

/// <summary>
/// The compounds (小区) this silo has seen defined, so that filing a request asks the compound grain only the first
/// time: that call went to another silo two filings in three and took a turn of the compound, which is busy taking
/// the same filings' events. A compound, once defined, is never removed, so a remembered id stays true; the set is
/// emptied when it grows past <see cref="Capacity"/> so a silo serving a whole country keeps it small.
/// </summary>
public sealed class DefinedCompounds(IGrainFactory grains)
{
    internal const int Capacity = 100_000;

    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

    /// <exception cref="DomainRuleException">An invalid-input violation when the compound is not defined.</exception>
    public async ValueTask Require(string compoundId)
    {
        if (_seen.ContainsKey(compoundId))
        {
            return;
        }

        try
        {
            await grains.GetGrain<ICompoundGrain>(compoundId).GetProfile();
        }
        catch (DomainRuleException e) when (e.Violation == RuleViolation.NotFound)
        {
            throw DomainRuleException.Invalid($"compound '{compoundId}' does not exist.");
        }

        if (_seen.Count >= Capacity)
        {
            _seen.Clear();
        }

        _seen.TryAdd(compoundId, true);
    }
}
