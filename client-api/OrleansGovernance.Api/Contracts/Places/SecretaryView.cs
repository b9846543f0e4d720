using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>Secretary as the API shows it.</summary>
public sealed record SecretaryView(
    string Name,
    SecretarySource Source)
{
    public static SecretaryView Of(Secretary source) => new(
        source.Name,
        source.Source);
}
