using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Bench.Synthetic;

/// <summary>One place of a synthetic country, as it comes off the generator: parents before their children.</summary>
public abstract record SyntheticPlace(string Id);

public sealed record SyntheticRegion(RegionProfile Profile) : SyntheticPlace(Profile.Id);

public sealed record SyntheticCommunity(CommunityProfile Profile) : SyntheticPlace(Profile.Id);

/// <summary>A compound and its tickets, which are few enough per compound to hold while the compound is written.</summary>
public sealed record SyntheticCompound(CompoundProfile Profile, IReadOnlyList<Ticket> Tickets) : SyntheticPlace(Profile.Id);
