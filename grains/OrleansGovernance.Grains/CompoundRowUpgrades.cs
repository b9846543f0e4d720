using System.Text.Json.Nodes;

namespace OrleansGovernance.Grains;

/// <summary>Upgrades of stored compound rows, one per shape version (see <see cref="StoredStates"/>).</summary>
internal static class CompoundRowUpgrades
{
    /// <summary>Version 1 to 2: a compound may keep its boundary (小区边界); none was kept before.</summary>
    public static JsonObject Boundary(JsonObject row)
    {
        if (row["profile"] is JsonObject profile && !profile.ContainsKey("boundary"))
        {
            profile["boundary"] = null;
        }

        return row;
    }
}
