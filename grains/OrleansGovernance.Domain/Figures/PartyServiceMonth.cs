namespace OrleansGovernance.Domain.Figures;

/// <summary>The vanguard teams' services in one China calendar month (yyyymm), by the month each was given.</summary>
[GenerateSerializer, Alias("governance.party-service-month")]
public sealed class PartyServiceMonth
{
    [Id(0)] public int Activities { get; set; }

    /// <summary>Member-hours: each activity's hours times the members taking part.</summary>
    [Id(1)] public decimal ServiceHours { get; set; }
    [Id(2)] public int ResidentsServed { get; set; }

    /// <summary>Members taking part, counted once per activity.</summary>
    [Id(3)] public int Participations { get; set; }

    public void Add(PartyServiceMonth o)
    {
        Activities += o.Activities;
        ServiceHours += o.ServiceHours;
        ResidentsServed += o.ResidentsServed;
        Participations += o.Participations;
    }
}
