namespace OrleansGovernance.Abstractions.Stores;

/// <summary>What asking for an Idempotency-Key gives a request.</summary>
public abstract record IdempotencyClaim
{
    /// <summary>This request goes ahead, and gives what it creates <paramref name="ResourceId"/>.</summary>
    public sealed record Reserved(string ResourceId) : IdempotencyClaim;

    /// <summary>An earlier request with the key was answered; this one gets the same answer.</summary>
    public sealed record Answered(RecordedAnswer Answer) : IdempotencyClaim;

    /// <summary>An earlier request with the key is still being handled.</summary>
    public sealed record InProgress : IdempotencyClaim;

    /// <summary>The key was used for a different request.</summary>
    public sealed record Mismatch : IdempotencyClaim;
}
