namespace OrleansGovernance.Api.Endpoints.Live;

/// <summary>A feed ticket, when it expires, and the feed's URL with the ticket in it.</summary>
public sealed record FeedTicket(string Ticket, DateTimeOffset ExpiresAt, string Url);
