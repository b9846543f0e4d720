using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Abstractions;

/// <summary>
/// The durable stream of what a compound counts: one Orleans persistent stream per compound (keyed by its id), fed by
/// an outbox row written in the same database transaction as the ticket, plan or book change it reports, so an
/// acknowledged change always reaches its compound. Events carry the stored versions of the row they report, so a
/// compound drops a delivery it has already applied.
/// </summary>
public static class CompoundChanges
{
    public const string ProviderName = "governance-changes";

    public const string Namespace = "governance.compound-changes";
}

/// <summary>A durable change to something a compound's figures count.</summary>
[GenerateSerializer, Immutable, Alias("governance.compound-change")]
public abstract record CompoundChange
{
    /// <summary>When the change was stored (the database's clock), for the figures' freshness.</summary>
    [Id(0)] public DateTimeOffset ChangedAt { get; init; }
}

/// <summary>
/// A ticket moved from stored version <see cref="FromVersion"/> (0 and no <see cref="Before"/> when it is new) to
/// <see cref="ToVersion"/>: the compound takes the old facts' contribution out and puts the new one in.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.ticket-delta")]
public sealed record TicketDelta(
    [property: Id(0)] string TicketId,
    [property: Id(1)] int FromVersion,
    [property: Id(2)] int ToVersion,
    [property: Id(3)] TicketFacts? Before,
    [property: Id(4)] TicketFacts After) : CompoundChange;

/// <summary>A plan's facts at stored version <see cref="Version"/>; a compound holds every plan, so the newest wins.</summary>
[GenerateSerializer, Immutable, Alias("governance.plan-delta")]
public sealed record PlanDelta(
    [property: Id(0)] string PlanId,
    [property: Id(1)] int Version,
    [property: Id(2)] PlanFacts Facts) : CompoundChange;

/// <summary>The compound's ledger or seal register changed; the compound reads the book's facts (the newer version wins).</summary>
[GenerateSerializer, Immutable, Alias("governance.book-changed")]
public sealed record BookChanged([property: Id(0)] CompoundBook Book) : CompoundChange;

/// <summary>
/// History was written into storage in bulk (the importer), without a <see cref="TicketDelta"/> per ticket: residents
/// never saw those requests change, so nothing that reacts to changes (notifications, webhooks) may hear of them. The
/// compound counts its tickets afresh from storage, as when it activates.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.history-imported")]
public sealed record HistoryImported([property: Id(0)] int Tickets) : CompoundChange;

[GenerateSerializer]
public enum CompoundBook
{
    Ledger,
    SealRegister,
}
