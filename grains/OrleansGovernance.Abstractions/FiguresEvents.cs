using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Abstractions;

/// <summary>Something changed that a compound's figures depend on.</summary>
[GenerateSerializer, Immutable, Alias("governance.compound-event")]
public abstract record CompoundEvent;

/// <summary>A ticket's facts after a transition; <see cref="ChangedAt"/> is when it was stored, for the figures' freshness.</summary>
[GenerateSerializer, Immutable, Alias("governance.ticket-changed")]
public sealed record TicketChanged([property: Id(0)] TicketFacts Facts, [property: Id(1)] DateTimeOffset ChangedAt) : CompoundEvent;

[GenerateSerializer, Immutable, Alias("governance.plan-changed")]
public sealed record PlanChanged([property: Id(0)] PlanFacts Facts, [property: Id(1)] DateTimeOffset ChangedAt) : CompoundEvent;

/// <summary>The compound's party branch changed; the compound reads it again.</summary>
[GenerateSerializer, Immutable, Alias("governance.branch-changed")]
public sealed record BranchChanged : CompoundEvent;

/// <summary>
/// A versioned snapshot of a place's figures, sent to its parent. The version only rises, so a parent keeps the
/// newest it has seen and ignores older or repeated ones: duplicates and reordering are harmless.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.child-figures")]
public sealed record ChildFigures(
    [property: Id(0)] string ChildId,
    [property: Id(1)] long Version,
    [property: Id(2)] PlaceFigures Figures);

/// <summary>A request not answered within its response limit, raised when the limit passed.</summary>
[GenerateSerializer, Immutable, Alias("governance.sla-breach")]
public sealed record SlaBreach(
    [property: Id(0)] string TicketId,
    [property: Id(1)] string CompoundId,
    [property: Id(2)] DateTimeOffset ResponseDue,
    [property: Id(3)] DateTimeOffset RaisedAt);

/// <summary>The compound's public-revenue ledger changed: its new facts.</summary>
[GenerateSerializer, Immutable, Alias("governance.ledger-changed")]
public sealed record LedgerChanged([property: Id(0)] Domain.Ledger.LedgerFacts Facts) : CompoundEvent;

/// <summary>The compound's assembly-seal register changed: its new facts.</summary>
[GenerateSerializer, Immutable, Alias("governance.seals-changed")]
public sealed record SealsChanged([property: Id(0)] Domain.Seals.SealFacts Facts) : CompoundEvent;
