using OrleansGovernance.Bench.Synthetic;

namespace OrleansGovernance.Bench.Reads;

/// <param name="Seconds">Each measured phase: the platform's maximum intake, reads idle, reads under half that intake (and the SQL baseline's reads, if any).</param>
/// <param name="IntakeConcurrency">HTTP clients filing when the maximum intake is measured; the paced load at half of it uses as many.</param>
/// <param name="Communities">The synthetic city's communities (about five compounds each).</param>
/// <param name="SqlTicketsPerCompound">Tickets per compound in the conventional table (2,400 × the city's 4,206 compounds is 10.1 million rows); 0 leaves the SQL baseline out.</param>
/// <param name="PlatformTicketsPerCompound">Tickets per compound loaded into the platform: its reads do not depend on it (see <see cref="ReadsBenchmark"/>).</param>
public sealed record ReadsOptions(
    int Seconds = 30,
    int WarmUpSeconds = 10,
    int IntakeConcurrency = 64,
    int ReadersPerLevel = 2,
    int Communities = 1_000,
    double SqlTicketsPerCompound = 0,
    double PlatformTicketsPerCompound = 2,
    int Seed = 11)
{
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    public TimeSpan WarmUp => TimeSpan.FromSeconds(WarmUpSeconds);

    /// <summary>One large city: a single province of one city, wide enough that every community falls in it.</summary>
    public CountryShape City(double ticketsPerCompound) =>
        new(Seed, Communities, ticketsPerCompound, CitiesPerProvince: 1, DistrictsPerCity: 12, SubdistrictsPerDistrict: 12, CommunitiesPerSubdistrict: 13);
}
