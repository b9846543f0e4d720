using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Api.Places;

/// <summary>A place as its parent's model names it: its level, and the place it sits under (null for a root).</summary>
public sealed record Place(string Id, PlaceKind Kind, string? ParentId)
{
    public bool IsCompound => Kind == PlaceKind.Compound;
}
