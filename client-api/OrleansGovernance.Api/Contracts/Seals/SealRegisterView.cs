using OrleansGovernance.Domain.Seals;

namespace OrleansGovernance.Api.Contracts;

/// <summary>SealRegister as the API shows it.</summary>
public sealed record SealRegisterView(
    string CompoundId,
    IReadOnlyList<SealRequestView> Requests,
    int Version,
    bool Synthetic,
    SealFactsView Facts)
{
    public static SealRegisterView Of(SealRegister source) => new(
        source.CompoundId,
        source.Requests.Select(SealRequestView.Of).ToList(),
        source.Version,
        source.Synthetic,
        SealFactsView.Of(source.Facts));
}
