namespace OrleansGovernance.Abstractions.Stores;

/// <summary>
/// The persisted state kinds a host stores, each once. The grains declare theirs (their state names are theirs);
/// storage reads and writes every row through them, and refuses a type that is not declared, so no kind is stored
/// without a version.
/// </summary>
public sealed class StoredShapes
{
    private readonly Dictionary<Type, StoredShape> _byType;

    public StoredShapes(params IReadOnlyList<StoredShape> shapes)
    {
        if (shapes.DistinctBy(shape => shape.Kind).Count() != shapes.Count || shapes.DistinctBy(shape => shape.StateType).Count() != shapes.Count)
        {
            throw new ArgumentException("each state kind and each state type is declared once.", nameof(shapes));
        }

        Kinds = shapes;
        _byType = shapes.ToDictionary(shape => shape.StateType);
    }

    public IReadOnlyList<StoredShape> Kinds { get; }

    public StoredShape? Find(Type stateType) => _byType.GetValueOrDefault(stateType);
}
