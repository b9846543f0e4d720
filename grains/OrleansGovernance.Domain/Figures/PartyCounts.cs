namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// The party members registered at communities below a place (党员"双报到"), and how many of them served in the last
/// quarter. The vanguard teams they form are counted once, with every other team, in
/// <see cref="OrganisationCounts.VanguardTeams"/>.
/// </summary>
[GenerateSerializer, Alias("governance.party-counts")]
public sealed class PartyCounts
{
    [Id(0)] public int RegisteredInWork { get; set; }
    [Id(1)] public int RegisteredRetired { get; set; }

    /// <summary>Registered members who took part in a service in the three months up to the figures' date.</summary>
    [Id(2)] public int ActiveLastQuarter { get; set; }

    public int Registered => RegisteredInWork + RegisteredRetired;

    public void Add(PartyCounts o)
    {
        RegisteredInWork += o.RegisteredInWork;
        RegisteredRetired += o.RegisteredRetired;
        ActiveLastQuarter += o.ActiveLastQuarter;
    }
}
