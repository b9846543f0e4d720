using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Places;

/// <summary>What finding a compound by name or position needs to know about it.</summary>
public sealed record CompoundEntry(string Id, string Name, string NameZh, GeoPoint? Location);
