using OrleansGovernance.Domain;

namespace OrleansGovernance.Grains;

internal static class PersistentStateExtensions
{
    /// <summary>
    /// The state of a grain that has been created, or a NotFound error. A read of an id that was never created
    /// writes nothing and lets the empty activation go, so it leaves nothing behind.
    /// </summary>
    public static T Existing<T>(this IPersistentState<T> state, IGrainBase grain, string what)
    {
        if (state.RecordExists)
        {
            return state.State;
        }

        grain.DeactivateOnIdle();
        throw DomainRuleException.NotFound(what, grain.GrainContext.GrainId.Key.ToString()!);
    }

    /// <summary>Writes the state; if the write fails, reloads what storage holds so memory never runs ahead of it.</summary>
    public static async Task Save<T>(this IPersistentState<T> state)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }
    }
}
