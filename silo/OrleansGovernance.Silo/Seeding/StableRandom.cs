namespace OrleansGovernance.Silo.Seeding;

/// <summary>Random streams that are the same on every machine and every run: seeded from a stable hash of a name.</summary>
internal static class StableRandom
{
    public static Random For(int seed, string name)
    {
        // FNV-1a: string.GetHashCode is randomised per process and would make the seed differ between runs.
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return new Random(seed ^ (int)hash);
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Picks by weight: weights need not sum to one.</summary>
    public static T Weighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> choices)
    {
        var roll = random.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (item, weight) in choices)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }

        return choices[^1].Item;
    }

    public static TimeSpan Minutes(this Random random, int min, int max) => TimeSpan.FromMinutes(random.Next(min, max + 1));
}
