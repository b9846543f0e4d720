using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Bench.Intake;

/// <summary>
/// A cheap read for each of the platform's grain types, to ask an activation whether it answers. Runtime grains (stream
/// queues, the management and dashboard grains) have no read of the platform's and are not probed.
/// </summary>
public static class GrainReads
{
    /// <summary>The grain class's short name from a census's grain type ("OrleansGovernance.Grains.TicketGrain,..." → "TicketGrain").</summary>
    public static string ClassName(string grainType)
    {
        var type = grainType.Split(',')[0];
        return type[(type.LastIndexOf('.') + 1)..];
    }

    /// <summary>A read of the grain, or null for a type not probed.</summary>
    public static Func<Task>? For(IGrainFactory grains, string grainType, string key) =>
        !grainType.StartsWith("OrleansGovernance.", StringComparison.Ordinal) ? null : ClassName(grainType) switch
        {
            "TicketGrain" => () => grains.GetGrain<ITicketGrain>(key).Get(),
            "CompoundGrain" => () => grains.GetGrain<ICompoundGrain>(key).GetSnapshot(),
            "CommunityGrain" => () => grains.GetGrain<ICommunityGrain>(key).GetSnapshot(),
            "RegionGrain" => () => grains.GetGrain<IRegionGrain>(key).GetSnapshot(),
            "BranchGrain" => () => grains.GetGrain<IBranchGrain>(key).Find(),
            "PlanGrain" => () => grains.GetGrain<IPlanGrain>(key).Get(),
            "LedgerGrain" => () => grains.GetGrain<ILedgerGrain>(key).FindFacts(),
            "SealRegisterGrain" => () => grains.GetGrain<ISealRegisterGrain>(key).FindFacts(),
            _ => null,
        };

    /// <summary>Whether the read answered: a result, or a refusal by the grain's own rules (it ran, so it is active).</summary>
    public static async Task<bool> Answers(Func<Task> read)
    {
        try
        {
            await read();
            return true;
        }
        catch (DomainRuleException)
        {
            return true;
        }
        catch (Exception e) when (e is TimeoutException or OrleansException or OperationCanceledException)
        {
            return false;
        }
    }
}
