namespace OrleansGovernance.Domain.Seals;

/// <summary>What a compound's figures need of its seal register.</summary>
[GenerateSerializer, Immutable, Alias("governance.seal-facts")]
public sealed record SealFacts(
    [property: Id(0)] string CompoundId,
    [property: Id(1)] int Version,
    [property: Id(2)] int Requests,
    [property: Id(3)] int Pending,
    [property: Id(4)] int Refused,
    [property: Id(5)] int Uses);
