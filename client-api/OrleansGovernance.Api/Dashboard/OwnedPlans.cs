using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Endpoints;
using OrleansGovernance.Api.Places;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// The plans a caller may tick: those their token's scopes cover (a plan id, or a place and every plan below it), or
/// for an administrator every plan under the dashboard's home place. At most <see cref="Limit"/>, in id order.
/// </summary>
public sealed class OwnedPlans(IGrainFactory grains, PlaceTree places)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<Plan>> Of(Caller caller)
    {
        if (!caller.May(AccessPolicy.Tick))
        {
            return [];
        }

        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var scope in caller.IsAdmin ? [places.Home] : caller.Scopes)
        {
            if (IsPlan(scope))
            {
                ids.Add(scope);
                continue;
            }

            IReadOnlyList<string> compounds;
            try
            {
                compounds = await places.CompoundsUnder(scope);
            }
            catch (DomainRuleException)
            {
                // A scope naming a place that is gone, or none this dashboard serves: it covers no plan here.
                continue;
            }

            foreach (var profile in await FanOut.Map(compounds, id => grains.GetGrain<ICompoundGrain>(id).GetProfile()))
            {
                ids.UnionWith(profile.Plans);
            }
        }

        var plans = new List<Plan>();
        foreach (var plan in await FanOut.Map([.. ids.Take(Limit)], Read))
        {
            if (plan is not null)
            {
                plans.Add(plan);
            }
        }

        return plans;
    }

    private async Task<Plan?> Read(string id)
    {
        try
        {
            return await grains.GetGrain<IPlanGrain>(id).Get();
        }
        catch (DomainRuleException)
        {
            return null;
        }
    }

    private static bool IsPlan(string id) => id.Split('.')[^1].StartsWith("plan-", StringComparison.Ordinal);
}
