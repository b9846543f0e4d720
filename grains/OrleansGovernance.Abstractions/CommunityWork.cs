namespace OrleansGovernance.Abstractions;

/// <summary>
/// The records a community keeps beside itself, by the stable name they report under (a community stores these names,
/// so a name is never reused for another record).
/// </summary>
public static class CommunityWork
{
    public const string DoorVisits = "door-visits";

    public static IReadOnlyDictionary<string, Type> Sources { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [DoorVisits] = typeof(IHouseholdRegisterGrain),
        ["party-register"] = typeof(IPartyRegisterGrain),
        ["service-days"] = typeof(IServiceDaysGrain),
        ["recurring-services"] = typeof(IRecurringServicesGrain),
    };

    /// <summary>The record of <paramref name="source"/> kept for <paramref name="communityId"/>, or none for a name not listed.</summary>
    public static ICommunityWorkGrain? Of(IGrainFactory grains, string source, string communityId) =>
        Sources.TryGetValue(source, out var type) ? (ICommunityWorkGrain)grains.GetGrain(type, communityId) : null;
}
