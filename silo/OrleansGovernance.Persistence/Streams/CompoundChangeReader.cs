using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.History;

namespace OrleansGovernance.Persistence.Streams;

/// <summary>
/// Turns an outbox row into the event its compound receives. A ticket's facts are read from the trimmed row the
/// trigger kept (it still carries its shape version, so older shapes pass through their upgrades) and take the
/// stored row's version, which is what the compound compares to drop a delivery it has already applied.
/// </summary>
internal sealed class CompoundChangeReader(JsonGrainStateSerializer serializer)
{
    public CompoundChange Read(OutboxRow row)
    {
        CompoundChange change = row.StateName switch
        {
            "ticket" => new TicketDelta(
                row.ItemId,
                row.FromVersion,
                row.ToVersion,
                row.FactsBefore is { } before ? Ticket(before, row.FromVersion) : null,
                Ticket(Required(row.FactsAfter, row), row.ToVersion)),
            "plan" => new PlanDelta(row.ItemId, row.ToVersion, PlanFacts.Of(Deserialize<Plan>(Required(row.FactsAfter, row)))),
            "ledger" => new BookChanged(CompoundBook.Ledger),
            "seal-register" => new BookChanged(CompoundBook.SealRegister),
            HistoryBatchWriter.OutboxStateName => new HistoryImported(row.ToVersion),
            _ => throw new InvalidOperationException($"outbox row {row.Id} reports a {row.StateName}, which no compound counts."),
        };
        return change with { ChangedAt = row.ChangedOn };
    }

    private TicketFacts Ticket(string json, int version) => TicketFacts.Of(Deserialize<Ticket>(json)) with { Version = version };

    private T Deserialize<T>(string json) => serializer.Deserialize<T>(BinaryData.FromString(json))
        ?? throw new InvalidOperationException($"an outbox row holds no {typeof(T).Name}.");

    private static string Required(string? facts, OutboxRow row) =>
        facts ?? throw new InvalidOperationException($"outbox row {row.Id} ({row.StateName} {row.ItemId}) carries no facts.");
}
