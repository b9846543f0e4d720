namespace OrleansGovernance.Domain.Figures;

/// <summary>Ratings on the five-level scale; the satisfaction rate is the top three levels over all ratings.</summary>
[GenerateSerializer, Alias("governance.satisfaction-counts")]
public sealed class SatisfactionCounts
{
    [Id(0)] public int VerySatisfied { get; set; }
    [Id(1)] public int Satisfied { get; set; }
    [Id(2)] public int BasicallySatisfied { get; set; }
    [Id(3)] public int Dissatisfied { get; set; }
    [Id(4)] public int VeryDissatisfied { get; set; }

    public int Rated => VerySatisfied + Satisfied + BasicallySatisfied + Dissatisfied + VeryDissatisfied;

    public int SatisfiedOrBetter => VerySatisfied + Satisfied + BasicallySatisfied;

    /// <summary>The top three of the five levels over all ratings.</summary>
    public double? Rate => Rates.Of(SatisfiedOrBetter, Rated);

    public bool IsEmpty => VerySatisfied == 0 && Satisfied == 0 && BasicallySatisfied == 0 && Dissatisfied == 0 && VeryDissatisfied == 0;

    /// <summary>Adds <paramref name="delta"/> (+1, or -1 when a rating is taken back) to the level's count.</summary>
    public void Count(Tickets.SatisfactionLevel level, int delta = 1)
    {
        switch (level)
        {
            case Tickets.SatisfactionLevel.VerySatisfied: VerySatisfied += delta; break;
            case Tickets.SatisfactionLevel.Satisfied: Satisfied += delta; break;
            case Tickets.SatisfactionLevel.BasicallySatisfied: BasicallySatisfied += delta; break;
            case Tickets.SatisfactionLevel.Dissatisfied: Dissatisfied += delta; break;
            case Tickets.SatisfactionLevel.VeryDissatisfied: VeryDissatisfied += delta; break;
            default: throw new ArgumentOutOfRangeException(nameof(level), level, "not a level of the five-level scale");
        }
    }

    public void Add(SatisfactionCounts o)
    {
        VerySatisfied += o.VerySatisfied;
        Satisfied += o.Satisfied;
        BasicallySatisfied += o.BasicallySatisfied;
        Dissatisfied += o.Dissatisfied;
        VeryDissatisfied += o.VeryDissatisfied;
    }
}
