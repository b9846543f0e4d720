using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// Party members registered at the communities below the place (党员"双报到"), those who served in the last quarter
/// (a rolling three months to asOf), and the vanguard teams' services per month (yyyymm) and per year, China time.
/// The teams themselves are counted in <see cref="PlaceSummary.VanguardTeams"/>.
/// </summary>
public sealed record PartySummary(
    int Registered,
    int RegisteredInWork,
    int RegisteredRetired,
    int ActiveLastQuarter,
    IReadOnlyDictionary<int, PartyServiceSummary> Months,
    IReadOnlyDictionary<int, PartyServiceSummary> Years)
{
    public static PartySummary From(PlaceFigures f) => new(
        f.Party.Registered, f.Party.RegisteredInWork, f.Party.RegisteredRetired, f.Party.ActiveLastQuarter,
        f.PartyService.ToDictionary(m => m.Key, m => PartyServiceSummary.From([m.Value])),
        f.PartyService.GroupBy(m => m.Key / 100).ToDictionary(y => y.Key, y => PartyServiceSummary.From(y.Select(m => m.Value))));
}

/// <summary>Services given in a month or year: service hours are member-hours (hours × members taking part).</summary>
public sealed record PartyServiceSummary(int Activities, decimal ServiceHours, int ResidentsServed, int Participations)
{
    public static PartyServiceSummary From(IEnumerable<PartyServiceMonth> months)
    {
        var sum = new PartyServiceMonth();
        foreach (var month in months)
        {
            sum.Add(month);
        }

        return new(sum.Activities, sum.ServiceHours, sum.ResidentsServed, sum.Participations);
    }
}
