using OrleansGovernance.Domain.Notices;
using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Notices;

public sealed class ReporterNoticesTests
{
    private static readonly ContactKeys Keys = new(new byte[32]);
    private static readonly ReporterContact Chen = new("陈阿姨", "138 0000 1234", "chen@example.org");

    private static NoticeRules Rules(Func<NoticeChannel, bool>? served = null, string? optOutUrl = null) =>
        new(new NoticeTemplates("杏林街道"), NoticeAddresses.DefaultOrder, served ?? (_ => true), Keys, optOutUrl);

    private static Ticket Filed(ReporterContact? reporter = null) =>
        Ticket.Submit("t-1", Submission(reporter: reporter ?? Chen), ServiceLevelPolicy.Default, At(T0));

    /// <summary>The notices of the step <paramref name="step"/> takes.</summary>
    private static IReadOnlyList<ResidentNotice> Told(Ticket ticket, Action<Ticket> step, NoticeRules? rules = null)
    {
        var before = ticket.Facts;
        var from = ticket.Version;
        step(ticket);
        return ReporterNotices.For(ticket, from, ticket.Version, before, ticket.Facts, ticket.LastChangedAt, rules ?? Rules());
    }

    [Fact]
    public void Each_of_the_five_steps_is_told_once_in_chinese_with_the_request_number()
    {
        var ticket = Filed();
        var told = new List<ResidentNotice>();
        told.AddRange(Told(ticket, t => t.Acknowledge(After(t))));
        told.AddRange(Told(ticket, t => t.Claim(ClaimingParty.PropertyCompany, "Chengfa property", After(t))));
        told.AddRange(Told(ticket, t => t.Escalate(After(t))));
        told.AddRange(Told(ticket, t => t.Settle(After(t))));
        told.AddRange(Told(ticket, t => t.Rate(SatisfactionLevel.Dissatisfied, new Stamp("resident", t.LastChangedAt.AddMinutes(1)))));
        told.AddRange(Told(ticket, t => t.Reopen(After(t, Reason))));

        Assert.Equal(
            [TicketEvent.Acknowledged, TicketEvent.Claimed, TicketEvent.Escalated, TicketEvent.Settled, TicketEvent.Reopened],
            told.Select(n => n.Event));
        Assert.Equal(["t-1:2:acknowledged", "t-1:3:claimed", "t-1:4:escalated", "t-1:5:settled", "t-1:7:reopened"], told.Select(n => n.Id));
        Assert.All(told, n => Assert.StartsWith("【杏林街道】您反映的诉求（编号 t-1", n.Text, StringComparison.Ordinal));
        Assert.Equal("【杏林街道】您反映的诉求（编号 t-1，高空抛物）已受理，我们将尽快安排处理。", told[0].Text);
        Assert.Contains("已由物业企业认领办理", told[1].Text, StringComparison.Ordinal);
        Assert.Equal("【杏林街道】诉求进展：已办结", told[3].Subject);
    }

    [Fact]
    public void An_internal_note_is_never_told_and_a_public_one_is_told_screened()
    {
        var ticket = Filed();
        var acknowledged = Told(ticket, t => t.Acknowledge(After(t, "caller sounded angry, flat 7-1203")));
        var claimed = Told(ticket, t => t.Claim(ClaimingParty.Branch, "branch", new Stamp(Staff, t.LastChangedAt.AddMinutes(1), "we come on Monday; call 13800001234", NoteVisibility.Public)));

        Assert.DoesNotContain("angry", acknowledged.Single().Text, StringComparison.Ordinal);
        Assert.DoesNotContain("说明", acknowledged.Single().Text, StringComparison.Ordinal);
        Assert.Contains($"说明：we come on Monday; call {PersonalData.Mark}。", claimed.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Filing_rejecting_marking_duplicate_and_rating_tell_nothing()
    {
        Assert.Empty(ReporterNotices.For(Filed(), 0, 1, null, Filed().Facts, T0, Rules()));
        Assert.Empty(Told(Filed(), t => t.Reject(After(t, "not ours"))));
        Assert.Empty(Told(Filed(), t => t.MarkDuplicate("t-0", After(t))));
    }

    [Fact]
    public void An_imported_request_arriving_already_settled_tells_nothing()
    {
        var ticket = Filed();
        ticket.Acknowledge(After(ticket));
        ticket.Claim(ClaimingParty.Community, "community", After(ticket));
        ticket.Settle(After(ticket));

        Assert.Empty(ReporterNotices.For(ticket, 0, ticket.Version, null, ticket.Facts, T0, Rules()));
    }

    [Fact]
    public void A_request_without_a_reachable_reporter_tells_nothing()
    {
        Assert.Empty(Told(Filed(new ReporterContact("匿名")), t => t.Acknowledge(After(t))));
    }

    [Fact]
    public void A_change_over_several_steps_tells_each_step_under_the_version_it_reached()
    {
        var ticket = Filed();
        var told = Told(ticket, t =>
        {
            t.Acknowledge(After(t));
            t.Claim(ClaimingParty.Community, "community", After(t));
        });

        Assert.Equal(["t-1:3:acknowledged", "t-1:3:claimed"], told.Select(n => n.Id));
    }

    [Fact]
    public void The_preferred_channel_a_gateway_serves_is_chosen_and_the_opt_out_link_names_that_address()
    {
        var ticket = Filed(Chen with { WeChatOpenId = "oAbc_123" });
        var rules = Rules(served: c => c == NoticeChannel.Sms, optOutUrl: "https://xinglin.example.cn/opt-out?token={token}");

        var notice = Told(ticket, t => t.Acknowledge(After(t)), rules).Single();

        Assert.Equal((NoticeChannel.Sms, "138 0000 1234"), (notice.Channel, notice.Address));
        Assert.Equal("*********1234", notice.MaskedAddress);
        var token = notice.Text[(notice.Text.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        Assert.Equal(Keys.For(NoticeChannel.Sms, "+86 13800001234"), Keys.VerifyOptOutToken(token));
        Assert.Equal(3, notice.ContactKeys.Count);
    }

    [Fact]
    public void Without_a_gateway_for_any_given_channel_the_preferred_one_is_chosen_for_the_local_outbox()
    {
        var notice = Told(Filed(), t => t.Acknowledge(After(t)), Rules(served: _ => false)).Single();

        Assert.Equal(NoticeChannel.Email, notice.Channel);
    }
}
