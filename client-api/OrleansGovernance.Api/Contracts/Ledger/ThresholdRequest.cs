namespace OrleansGovernance.Api.Contracts;

/// <summary>The amount above which an expense needs both approvals, in yuan with at most two decimal places.</summary>
public sealed record ThresholdRequest(decimal Amount, string? Note = null);
