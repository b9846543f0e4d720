using System.Text.Json.Nodes;

namespace OrleansGovernance.Grains;

/// <summary>Upgrades of stored community rows, one per shape version (see <see cref="StoredStates"/>).</summary>
internal static class CommunityRowUpgrades
{
    /// <summary>
    /// Version 1 to 2: council members name the party they sit for, council meetings their form and agreed matters
    /// their class under the council's rule, with what the class asks for. Version 1 knew none of these: its members
    /// read as unclassified (shown, counted for no party), its council meetings and matters with no form or class
    /// (counted as unrecorded), and a matter with nobody named as taking part, voting or consulted.
    /// </summary>
    public static JsonObject PartiesFormsAndClasses(JsonObject row)
    {
        if (row["profile"] is JsonObject { } profile && profile["council"] is JsonObject council)
        {
            foreach (var member in (council["members"] as JsonArray ?? []).OfType<JsonObject>())
            {
                member.TryAdd("party", "unclassified");
                member.TryAdd("compoundId", null);
            }
        }

        foreach (var meeting in (row["meetings"] as JsonArray ?? []).OfType<JsonObject>())
        {
            meeting.TryAdd("form", null);
            foreach (var matter in (meeting["agreedMatters"] as JsonArray ?? []).OfType<JsonObject>())
            {
                matter.TryAdd("class", null);
                matter.TryAdd("concerns", new JsonArray());
                matter.TryAdd("tookPart", new JsonArray());
                matter.TryAdd("votes", new JsonArray());
                matter.TryAdd("raisedAt", null);
                matter.TryAdd("consultedAt", null);
            }
        }

        return row;
    }
}
