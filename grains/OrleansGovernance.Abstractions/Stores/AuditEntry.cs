namespace OrleansGovernance.Abstractions.Stores;

/// <summary>
/// One write through the API: who (the token's subject and role), when, what (the route acted on, the path called and
/// the id it named) and how it ended (the HTTP status). <see cref="Id"/> rises with every entry; 0 until recorded.
/// </summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Role, string Action, string Target, string? SubjectId, int Status);

/// <summary>Newest first: entries before <see cref="Before"/> (an entry id), about ids starting with <see cref="Subject"/>, by <see cref="Actor"/>.</summary>
public sealed record AuditQuery(string? Subject, string? Actor, long? Before, int Limit);
