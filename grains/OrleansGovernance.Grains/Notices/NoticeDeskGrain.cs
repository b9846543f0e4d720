using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Notices;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Notices;

/// <remarks>
/// One per platform: what an administrator reads (the local outbox, the dead letters) and the notice key. Both lists
/// are small by nature (the local outbox is capped; a dead letter is the exception an administrator clears), so one
/// grain holds them and a listing is one call. Entries are recognised by notice id, so one added twice (a compound
/// that died between handing it over and saving) is kept once.
/// </remarks>
public sealed class NoticeDeskGrain(
    [PersistentState("notice-desk", GovernanceStorage.ProviderName)] IPersistentState<NoticeDeskState> state,
    IOptions<NoticeOptions> options,
    ILogger<NoticeDeskGrain> log) : Grain, INoticeDeskGrain
{
    /// <summary>Beyond this many dead letters the oldest go (with a warning): an administrator who has not looked at 1000 will not at 1001.</summary>
    public const int MaxDeadLetters = 1000;

    private ContactKeys? _keys;

    public async Task<byte[]> GetKey()
    {
        if (options.Value.Key is { Length: > 0 } configured)
        {
            return Convert.FromBase64String(configured);
        }

        if (state.State.Key is null)
        {
            await state.Update(this, s =>
            {
                s.Key ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                return s;
            });
        }

        return Convert.FromBase64String(state.State.Key!);
    }

    public async Task KeepLocally(OutboxEntry entry)
    {
        if (state.State.LocalOutbox.Any(kept => kept.Notice.Id == entry.Notice.Id))
        {
            return;
        }

        await state.Update(this, s =>
        {
            s.LocalOutbox.Add(entry);
            s.LocalOutbox.RemoveRange(0, Math.Max(0, s.LocalOutbox.Count - Math.Max(1, options.Value.LocalOutboxSize)));
            return s;
        });
    }

    public async Task AddDeadLetter(DeadNotice dead)
    {
        if (state.State.DeadLetters.Any(held => held.Notice.Id == dead.Notice.Id))
        {
            return;
        }

        await state.Update(this, s =>
        {
            s.DeadLetters.Add(dead);
            if (s.DeadLetters.Count > MaxDeadLetters)
            {
                log.LogWarning("Notice dead letters exceed {Max}; the oldest, {NoticeId}, is dropped", MaxDeadLetters, s.DeadLetters[0].Notice.Id);
                s.DeadLetters.RemoveAt(0);
            }

            return s;
        });
    }

    public Task<IReadOnlyList<OutboxEntry>> GetOutbox(int take) =>
        Task.FromResult<IReadOnlyList<OutboxEntry>>([.. Enumerable.Reverse(state.State.LocalOutbox).Take(Math.Max(0, take))]);

    public Task<IReadOnlyList<DeadNotice>> GetDeadLetters() =>
        Task.FromResult<IReadOnlyList<DeadNotice>>([.. Enumerable.Reverse(state.State.DeadLetters)]);

    public async Task Discard(string noticeId)
    {
        var dead = DeadLetter(noticeId);
        await state.Update(this, s =>
        {
            s.DeadLetters.RemoveAll(held => held.Notice.Id == dead.Notice.Id);
            return s;
        });
    }

    public async Task OptOut(string token, DateTimeOffset at)
    {
        var contactKey = (await Keys()).VerifyOptOutToken(token)
            ?? throw DomainRuleException.Invalid("the opt-out token is not one this platform made; use the link from a message as it came.");
        await GrainFactory.GetGrain<IResidentOptOutGrain>(contactKey).Set(true, "resident (opt-out link)", at);
    }

    public async Task SetOptOut(ReporterContact contact, bool optedOut, string by, DateTimeOffset at)
    {
        contact.Validate();
        var contactKeys = (await Keys()).Of(contact);
        if (contactKeys.Count == 0)
        {
            throw DomainRuleException.Invalid("give the resident's phone, email or weChatOpenId.");
        }

        foreach (var contactKey in contactKeys)
        {
            await GrainFactory.GetGrain<IResidentOptOutGrain>(contactKey).Set(optedOut, by, at);
        }
    }

    private DeadNotice DeadLetter(string noticeId) =>
        state.State.DeadLetters.FirstOrDefault(held => held.Notice.Id == noticeId) ?? throw DomainRuleException.NotFound("dead letter", noticeId);

    private async Task<ContactKeys> Keys() => _keys ??= new ContactKeys(await GetKey());
}
