namespace OrleansGovernance.Api.Access;

public static class HouseholdSight
{
    /// <summary>
    /// Whether the caller sees a community's households and visits beyond their references (compound, cadence, what
    /// was found, who went): the community's own staff and admins. Everyone else reads the figures and the references.
    /// </summary>
    public static bool SeesHouseholdsOf(this Caller caller, string communityId) =>
        caller.IsAdmin || (caller.Role == Roles.Staff && caller.Covers(communityId));
}
