namespace OrleansGovernance.Abstractions.Stores;

/// <summary>
/// One kind of persisted state: the state name its rows are stored under, its type, and the upgrades that bring a row
/// of an older shape to the current one. <c>Upgrades[0]</c> takes a version-1 row to version 2, <c>Upgrades[1]</c>
/// version 2 to 3, and so on; the current version is one more than the number of upgrades, so appending an upgrade
/// is what raises it, and version 1 is the shape every kind had before shapes carried a version.
/// </summary>
public sealed record StoredShape(string Kind, Type StateType, IReadOnlyList<ShapeUpgrade> Upgrades)
{
    public int Version => Upgrades.Count + 1;

    public static StoredShape Of<TState>(string kind, params IReadOnlyList<ShapeUpgrade> upgrades) => new(kind, typeof(TState), upgrades);
}
