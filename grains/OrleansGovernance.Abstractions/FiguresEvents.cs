using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Abstractions;

/// <summary>Something changed that a compound's figures depend on and that is not on its durable stream (<see cref="CompoundChanges"/>).</summary>
[GenerateSerializer, Immutable, Alias("governance.compound-event")]
public abstract record CompoundEvent;

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
