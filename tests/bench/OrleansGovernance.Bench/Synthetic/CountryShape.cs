namespace OrleansGovernance.Bench.Synthetic;

/// <summary>
/// How big a synthetic country is and how its places branch. At full scale: 31 provinces of about 10 cities, each
/// of about 3 urban districts of about 10 subdistricts, each of about 13 communities (Xinglin has 11) of about
/// 5 compounds: close to China's urban 社区 (about 120,000) and 600,000 compounds. Every fan-out is drawn around
/// its mean (half to one and a half times it), and generation stops at exactly <see cref="Communities"/>. Each compound's
/// tickets are spread over the <see cref="HistoryYears"/> years before <see cref="Anchor"/>.
/// </summary>
public sealed record CountryShape(
    int Seed,
    int Communities,
    double TicketsPerCompound,
    int CitiesPerProvince = 10,
    int DistrictsPerCity = 3,
    int SubdistrictsPerDistrict = 10,
    int CommunitiesPerSubdistrict = 13,
    int CompoundsPerCommunity = 5,
    int HistoryYears = 1)
{
    public const int FullCommunities = 120_000;

    /// <summary>Tickets are filed during the <see cref="HistoryYears"/> years before this instant, so a run's figures do not depend on the day it runs.</summary>
    public static readonly DateTimeOffset Anchor = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A country of <paramref name="scale"/> times the full one: 1 is the nation, 0.01 about a city, 0.0001 a tiny CI country.</summary>
    public static CountryShape Scaled(double scale, int seed, double ticketsPerCompound, int historyYears = 1) =>
        scale is > 0 and <= 10
            ? new CountryShape(seed, Math.Max(1, (int)Math.Round(FullCommunities * scale)), ticketsPerCompound, HistoryYears: historyYears)
            : throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be above 0 and at most 10.");
}
