using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

public sealed record CoverageRates(
    double? BranchCoverage,
    double? CommitteeCoverage,
    double? CommitteePartyShare,
    double? ManagerDeputyShare);
