using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

public sealed record SatisfactionSummary(int Rated, double? Rate, SatisfactionLevels Levels)
{
    public static SatisfactionSummary From(SatisfactionCounts s) => new(
        s.Rated,
        s.Rate,
        new SatisfactionLevels(s.VerySatisfied, s.Satisfied, s.BasicallySatisfied, s.Dissatisfied, s.VeryDissatisfied));
}
