using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Api.Access;

/// <summary>
/// Who acts as the community in a compound's books (approving expenses for the community, setting the threshold,
/// keeping the assembly seal): staff whose scope covers the compound's community, as its profile names it. Staff
/// scoped to the compound alone work in it, but are not the community that checks its committee.
/// </summary>
public static class CommunityAuthority
{
    public static async Task RequireActsForCommunityOf(this Caller caller, IGrainFactory grains, string compoundId)
    {
        caller.RequireCovers(compoundId);
        if (caller.Role != Roles.Staff)
        {
            return;
        }

        var community = (await grains.GetGrain<ICompoundGrain>(compoundId).GetProfile()).CommunityId;
        if (!caller.Covers(community))
        {
            throw new AccessDeniedException($"'{caller.Subject}' acts for '{compoundId}' but not for its community '{community}', which keeps its books' second key.");
        }
    }
}
