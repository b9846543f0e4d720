using System.Text.Json.Nodes;

namespace OrleansGovernance.Grains;

/// <summary>Upgrades of stored ticket rows, one per shape version (see <see cref="StoredStates"/>).</summary>
internal static class TicketRowUpgrades
{
    /// <summary>
    /// Version 1 to 2: every step says who may read its note, and the ticket keeps what an Open311 client sent beside the
    /// description. Notes stored before were written for colleagues, and publishing them is what put a reporter's phone
    /// number into anonymous Open311 answers, so they become internal; nothing was kept of Open311 details then.
    /// </summary>
    public static JsonObject NoteVisibilityAndDetails(JsonObject row)
    {
        foreach (var step in row["history"]?.AsArray() ?? [])
        {
            if (step is JsonObject transition && !transition.ContainsKey("visibility"))
            {
                transition["visibility"] = "internal";
            }
        }

        if (!row.ContainsKey("details"))
        {
            row["details"] = null;
        }

        return row;
    }

    /// <summary>Version 2 to 3: a reporter may give the openid an official account knows them by, for WeChat notices; none was kept before.</summary>
    public static JsonObject ReporterWeChat(JsonObject row)
    {
        if (row["reporter"] is JsonObject reporter && !reporter.ContainsKey("weChatOpenId"))
        {
            reporter["weChatOpenId"] = null;
        }

        return row;
    }

    /// <summary>Version 3 to 4: each step keeps its author's display name from the token; none was kept before.</summary>
    public static JsonObject StepAuthorNames(JsonObject row)
    {
        foreach (var step in (row["history"] as JsonArray ?? []).OfType<JsonObject>())
        {
            step.TryAdd("byName", null);
        }

        return row;
    }
}
