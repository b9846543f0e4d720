using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>DeputySecretary as the API shows it.</summary>
public sealed record DeputySecretaryView(
    string Name,
    bool FromPropertyCompany)
{
    public static DeputySecretaryView Of(DeputySecretary source) => new(
        source.Name,
        source.FromPropertyCompany);
}
