namespace OrleansGovernance.Api.Access;

/// <summary>The caller is known but may not do this here (403).</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
