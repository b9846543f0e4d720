using Orleans.Providers.Streams.Common;
using Orleans.Streams;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Persistence.Streams;

/// <summary>
/// What one read of a queue holds for one compound, in the order the changes committed, delivered to the compound in
/// one call. <see cref="RowIds"/> name the outbox rows to delete once it is delivered.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.compound-change-batch")]
internal sealed record CompoundChangeBatch(
    [property: Id(0)] StreamId StreamId,
    [property: Id(1)] IReadOnlyList<CompoundChange> Changes,
    [property: Id(2)] EventSequenceTokenV2 Token,
    [property: Id(3)] IReadOnlyList<long> RowIds) : IBatchContainer
{
    public StreamSequenceToken SequenceToken => Token;

    public IEnumerable<Tuple<T, StreamSequenceToken>> GetEvents<T>() =>
        Changes
            .Select((change, index) => (Change: change, Index: index))
            .Where(e => e.Change is T)
            .Select(e => Tuple.Create((T)(object)e.Change, (StreamSequenceToken)Token.CreateSequenceTokenForEvent(e.Index)));

    public bool ImportRequestContext() => false;
}
