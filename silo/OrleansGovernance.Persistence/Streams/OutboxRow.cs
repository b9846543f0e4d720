using System.Data.Common;
using System.Globalization;
using OrleansGovernance.Persistence.Database;

namespace OrleansGovernance.Persistence.Streams;

/// <summary>
/// One row of governance_compound_changes as read: <see cref="Transaction"/> is the writing transaction on
/// PostgreSQL (the read order is transaction, then id) and 0 on SQLite, where ids alone are in commit order.
/// </summary>
internal sealed record OutboxRow(
    ulong Transaction,
    long Id,
    string CompoundId,
    string StateName,
    string ItemId,
    int FromVersion,
    int ToVersion,
    string? FactsBefore,
    string? FactsAfter,
    DateTimeOffset ChangedOn)
{
    /// <summary>The columns every outbox read selects, in this order.</summary>
    public const string Columns = "id, compound_id, state_name, item_id, from_version, to_version, facts_before, facts_after, changed_on";

    /// <summary>A row whose select list is the transaction as text, then <see cref="Columns"/>.</summary>
    public static OutboxRow Read(DbDataReader reader) => new(
        ulong.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
        reader.GetInt64(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetInt32(5),
        reader.GetInt32(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        SqlValues.ReadTime(reader.GetValue(9)));
}
