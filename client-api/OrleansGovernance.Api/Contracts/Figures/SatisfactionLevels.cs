using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

public sealed record SatisfactionLevels(
    int VerySatisfied,
    int Satisfied,
    int BasicallySatisfied,
    int Dissatisfied,
    int VeryDissatisfied);
