using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a Secretary.</summary>
public sealed record SecretaryRequest(
    string Name,
    SecretarySource Source)
{
    public Secretary ToDomain() => new(
        Name,
        Source);
}
