namespace OrleansGovernance.Abstractions.Stores;

/// <summary>
/// The service key under which a host registers the durable implementations of the stores (audit trail, idempotency
/// keys, API keys, Data Protection keys). The API takes those when present and keeps its stores in memory otherwise
/// (memory storage, tests), so it needs to know no database.
/// </summary>
public static class DurableStore
{
    public const string Key = "durable";
}
