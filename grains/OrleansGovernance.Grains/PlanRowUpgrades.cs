using System.Text.Json.Nodes;

namespace OrleansGovernance.Grains;

/// <summary>Upgrades of stored plan rows, one per shape version (see <see cref="StoredStates"/>).</summary>
internal static class PlanRowUpgrades
{
    /// <summary>
    /// Version 1 to 2: texts in Chinese beside the English (none were kept), a milestone's state instead of its done
    /// flag, and each step of its history saying which step it was, the state it left, the author's display name and
    /// its evidence. Version 1 knew only ticks and unticks: a done milestone is done, any other not started, a tick
    /// was the finishing step and an untick a step back to not started.
    /// </summary>
    public static JsonObject BilingualStatesAndEvidence(JsonObject row)
    {
        row.TryAdd("titleZh", "");
        row.TryAdd("partiesZh", new JsonArray());
        foreach (var milestone in (row["milestones"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var done = milestone["done"]?.GetValue<bool>() ?? false;
            milestone.Remove("done");
            milestone.TryAdd("titleZh", "");
            milestone.TryAdd("ownerZh", "");
            milestone.TryAdd("state", done ? "done" : "notStarted");
            foreach (var step in (milestone["history"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var ticked = step["done"]?.GetValue<bool>() ?? false;
                step.Remove("done");
                step.TryAdd("step", ticked ? "finish" : "stepBack");
                step.TryAdd("state", ticked ? "done" : "notStarted");
                step.TryAdd("byName", null);
                step.TryAdd("evidence", new JsonArray());
            }
        }

        return row;
    }
}
