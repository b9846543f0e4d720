namespace OrleansGovernance.Api.Contracts;

/// <summary>A registered member joins a team.</summary>
public sealed record JoinVanguardTeamRequest(string MemberId);
