using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a DeputySecretary.</summary>
public sealed record DeputySecretaryRequest(
    string Name,
    bool FromPropertyCompany)
{
    public DeputySecretary ToDomain() => new(
        Name,
        FromPropertyCompany);
}
