using Orleans.Storage;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Grains;

internal static class PersistentStateExtensions
{
    private const int WriteAttempts = 3;

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

    /// <summary>
    /// Applies a change and makes it durable; the change returns the new state (often the same object, changed).
    /// If another activation of the grain wrote first (a stale etag), the stored state is read again and the change
    /// is replayed on it, so neither update is lost; the domain rules decide afresh whether it is still allowed.
    /// If storage fails, the activation is dropped, since memory may now be ahead of storage; the next call reads
    /// what storage really holds.
    /// </summary>
    public static async Task Update<T>(this IPersistentState<T> state, IGrainBase grain, Func<T, T> change)
    {
        for (var attempt = 1; ; attempt++)
        {
            state.State = change(state.State);
            try
            {
                await state.WriteStateAsync();
                return;
            }
            catch (InconsistentStateException) when (attempt < WriteAttempts)
            {
                await ReadAgain(state, grain);
            }
            catch (InconsistentStateException)
            {
                grain.DeactivateOnIdle();
                throw DomainRuleException.Conflict("it kept changing elsewhere while this change was being saved; read it again and retry.");
            }
            catch (Exception failure) when (failure is not DomainRuleException)
            {
                grain.DeactivateOnIdle();
                throw DomainRuleException.Unavailable($"storage did not take the change ({failure.GetType().Name}); nothing was saved, retry shortly.");
            }
        }
    }

    private static async Task ReadAgain<T>(IPersistentState<T> state, IGrainBase grain)
    {
        try
        {
            await state.ReadStateAsync();
        }
        catch (Exception failure)
        {
            grain.DeactivateOnIdle();
            throw DomainRuleException.Unavailable($"storage could not be read ({failure.GetType().Name}); nothing was saved, retry shortly.");
        }
    }
}
