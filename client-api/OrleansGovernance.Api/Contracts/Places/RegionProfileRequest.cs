using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that defines a RegionProfile.</summary>
public sealed class RegionProfileRequest
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string NameZh { get; init; } = "";

    public RegionLevel Level { get; init; }

    public string? ParentId { get; init; }

    public IReadOnlyList<string> Children { get; init; } = [];

    public IReadOnlyList<PartyInstructorRequest> PartyInstructors { get; init; } = [];

    public RegionProfile ToDomain() => new()
    {
        Id = Id,
        Name = Name,
        NameZh = NameZh,
        Level = Level,
        ParentId = ParentId,
        Children = [.. Children],
        PartyInstructors = [.. PartyInstructors.Select(item => item?.ToDomain()!)],
    };
}
