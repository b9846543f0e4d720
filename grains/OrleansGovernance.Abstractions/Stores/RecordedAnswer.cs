namespace OrleansGovernance.Abstractions.Stores;

/// <summary>The first answer to an idempotent request, replayed byte for byte to its retries.</summary>
public sealed record RecordedAnswer(int Status, IReadOnlyDictionary<string, string> Headers, string Body);
