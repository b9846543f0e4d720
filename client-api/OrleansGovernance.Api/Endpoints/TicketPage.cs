namespace OrleansGovernance.Api.Endpoints;

/// <summary>One page of a ticket listing, newest first; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record TicketPage(IReadOnlyList<TicketView> Items, string? NextCursor);
