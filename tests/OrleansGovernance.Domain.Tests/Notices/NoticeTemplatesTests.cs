using OrleansGovernance.Domain.Notices;
using OrleansGovernance.Domain.Outbound;
using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Notices;

public sealed class NoticeTemplatesTests
{
    [Fact]
    public void A_city_template_replaces_the_default_for_its_step()
    {
        var templates = new NoticeTemplates("杏林街道", new Dictionary<TicketEvent, string> { [TicketEvent.Settled] = "{ticket} 办好了 {optout}" });
        var ticket = TicketIn(TicketStatus.Settled);

        Assert.Equal("t-1 办好了 退订：https://x/1", templates.Render(TicketEvent.Settled, ticket, null, "https://x/1"));
        Assert.StartsWith("【杏林街道】", templates.Render(TicketEvent.Claimed, ticket, null, null), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_with_an_unknown_placeholder_or_for_a_step_not_told_is_refused()
    {
        Assert.Throws<DomainRuleException>(() => new NoticeTemplates("杏林街道", new Dictionary<TicketEvent, string> { [TicketEvent.Settled] = "{name} 办好了" }));
        Assert.Throws<DomainRuleException>(() => new NoticeTemplates("杏林街道", new Dictionary<TicketEvent, string> { [TicketEvent.Rated] = "谢谢" }));
    }

    [Fact]
    public void A_long_public_note_is_cut()
    {
        var text = new NoticeTemplates("杏林街道").Render(TicketEvent.Settled, TicketIn(TicketStatus.Settled), new string('修', 500), null);

        Assert.Contains(new string('修', NoticeTemplates.MaxNoteLength) + "…。", text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('修', NoticeTemplates.MaxNoteLength + 1), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_notice_backs_off_and_is_given_up_after_the_schedule_s_span()
    {
        var schedule = new RetrySchedule(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));
        var notice = new ResidentNotice("t-1:2:acknowledged", CompoundId, "t-1", 2, TicketEvent.Acknowledged, NoticeChannel.Sms, "13800001234", "s", "x", [], T0);
        var delivery = new NoticeDelivery(notice, T0);

        var once = delivery.Failed("503", T0, schedule)!;
        var twice = once.Failed("503", T0.AddSeconds(5), schedule)!;

        Assert.Equal(T0.AddSeconds(5), once.NextAttemptAt);
        Assert.Equal(T0.AddSeconds(15), twice.NextAttemptAt);
        Assert.Equal((2, T0), (twice.FailedAttempts, twice.FirstFailedAt));
        Assert.Null(twice.Failed("503", T0.AddHours(1), schedule));
    }
}
