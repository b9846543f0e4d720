namespace OrleansGovernance.Bench.Scale;

/// <summary>How one HTTP attempt of the load ended. Only the first three are acceptable while the cluster changes.</summary>
public static class Attempt
{
    public const string Ok = "answered 2xx";

    /// <summary>503 problem with Retry-After: the API's documented "retry shortly"; the client retries with the same request.</summary>
    public const string Retryable = "503 with Retry-After (retried)";

    /// <summary>A retried step answered 409 because the attempt that had been answered 503 did take effect (checked by reading it).</summary>
    public const string DoneEarlier = "409, the 503 attempt had taken effect";

    public static bool IsAcceptable(string kind) => kind is Ok or Retryable or DoneEarlier;
}
