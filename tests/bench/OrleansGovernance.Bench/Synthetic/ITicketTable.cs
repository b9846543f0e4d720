using Npgsql;

namespace OrleansGovernance.Bench.Synthetic;

/// <summary>
/// Where <see cref="RelationalTicketLoader"/> writes: a relational tickets table, described by the statement that
/// creates it (if missing), the binary COPY that fills it and how one row is written. The conventional service's
/// own table (tests/bench/.../Conventional) plugs in here.
/// </summary>
public interface ITicketTable
{
    string Create { get; }

    /// <summary>COPY ... FROM STDIN (FORMAT BINARY), naming the columns <see cref="Write"/> fills, in its order.</summary>
    string Copy { get; }

    Task Write(NpgsqlBinaryImporter import, TicketRow row, CancellationToken cancellationToken);
}
