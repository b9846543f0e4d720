using System.Net;
using MimeKit;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Notices;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Tests.Notices;

/// <summary>Reporters hear of their request's steps through real gateways on loopback: once each, in order, and only what they may see.</summary>
[Collection(NoticeCollection.Name)]
public sealed class ResidentNoticeTests(NoticeFixture fixture)
{
    private static readonly string[] FiveSteps = ["已受理", "已认领", "联席会议协调中", "已办结", "重新办理"];

    private static string Mailbox() => $"resident-{Guid.NewGuid():N}@example.org";

    private static string Step(MimeMessage message) => (message.Subject ?? "")[((message.Subject ?? "").IndexOf('：') + 1)..];

    private static string Text(MimeMessage message) => message.TextBody ?? "";

    private IReadOnlyList<MimeMessage> MailTo(string mailbox) =>
        [.. fixture.Smtp.Received.Where(m => m.To.Mailboxes.Any(to => to.Address == mailbox))];

    private Task<IReadOnlyList<MimeMessage>> Mail(string mailbox, int count, TimeSpan? timeout = null) =>
        Eventually.Until(() => Task.FromResult(MailTo(mailbox)), mail => mail.Count >= count, timeout);

    [Fact]
    public async Task Each_of_the_five_steps_reaches_the_reporter_by_email_once_in_order_and_an_internal_note_never()
    {
        var mailbox = Mailbox();
        var ticket = await fixture.File(await fixture.Compound(), new ReporterContact("陈阿姨", Email: mailbox));

        await NoticeFixture.LiveThrough(ticket, new Stamp("grid-worker", DateTimeOffset.UtcNow, "caller at 7-1203 sounded angry"));
        var mail = await Mail(mailbox, 5);
        await Task.Delay(500);

        Assert.Equal(FiveSteps, MailTo(mailbox).Select(Step));
        Assert.Equal(5, mail.Select(m => m.MessageId).Distinct().Count());
        Assert.All(mail, m => Assert.Contains($"编号 {ticket.GetPrimaryKeyString()}", Text(m), StringComparison.Ordinal));
        Assert.All(mail, m => Assert.DoesNotContain("angry", Text(m), StringComparison.Ordinal));
        Assert.All(mail, m => Assert.Contains("退订：https://xinglin.example.cn/opt-out?token=", Text(m), StringComparison.Ordinal));
        Assert.StartsWith($"{ticket.GetPrimaryKeyString()}.2.acknowledged@", mail[0].MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_note_reaches_the_reporter_screened_of_personal_data()
    {
        var mailbox = Mailbox();
        var ticket = await fixture.File(await fixture.Compound(), new ReporterContact(Email: mailbox));

        await ticket.Acknowledge(new Stamp("grid-worker", DateTimeOffset.UtcNow, "we come Monday, call 13800001234", NoteVisibility.Public));
        var mail = await Mail(mailbox, 1);

        Assert.Contains($"说明：we come Monday, call {PersonalData.Mark}。", Text(Assert.Single(mail)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_relay_gets_every_notice_once_and_each_request_s_in_order_after_it_recovers()
    {
        var compound = await fixture.Compound();
        var mailboxes = new[] { Mailbox(), Mailbox() };
        fixture.Smtp.Failing = true;
        var refusedBefore = fixture.Smtp.Refused;
        try
        {
            foreach (var mailbox in mailboxes)
            {
                await NoticeFixture.LiveThrough(await fixture.File(compound, new ReporterContact(Email: mailbox)));
            }

            await Eventually.Until(() => Task.FromResult(fixture.Smtp.Refused), refused => refused >= refusedBefore + 4);
        }
        finally
        {
            fixture.Smtp.Failing = false;
        }

        foreach (var mailbox in mailboxes)
        {
            var mail = await Mail(mailbox, 5);
            Assert.Equal(FiveSteps, mail.Select(Step));
        }

        await Task.Delay(1500);
        Assert.All(mailboxes, mailbox => Assert.Equal(5, MailTo(mailbox).Select(m => m.MessageId).Distinct().Count()));
        Assert.All(mailboxes, mailbox => Assert.Equal(5, MailTo(mailbox).Count));
        Assert.Empty(await fixture.Grains.GetGrain<IResidentNoticeGrain>(compound).GetPending());
    }

    [Fact]
    public async Task A_resident_opted_out_gets_nothing_while_a_neighbour_still_hears()
    {
        var compound = await fixture.Compound();
        var (quiet, neighbour) = (Mailbox(), Mailbox());
        await fixture.Grains.GetGrain<INoticeDeskGrain>(INoticeDeskGrain.Key).SetOptOut(new ReporterContact(Email: quiet.ToUpperInvariant()), true, "admin", DateTimeOffset.UtcNow);

        await (await fixture.File(compound, new ReporterContact(Email: quiet))).Acknowledge(Places.Stamp());
        await (await fixture.File(compound, new ReporterContact(Email: neighbour))).Acknowledge(Places.Stamp());
        await Mail(neighbour, 1);
        await Eventually.Until(() => fixture.Grains.GetGrain<IResidentNoticeGrain>(compound).GetPending(), pending => pending.Count == 0);

        Assert.Empty(MailTo(quiet));
        Assert.Single(MailTo(neighbour));
    }

    [Fact]
    public async Task An_opt_out_token_from_a_message_stops_the_next_ones_and_a_forged_token_is_refused()
    {
        var mailbox = Mailbox();
        var ticket = await fixture.File(await fixture.Compound(), new ReporterContact(Email: mailbox));
        await ticket.Acknowledge(Places.Stamp());
        var first = Text((await Mail(mailbox, 1))[0]);
        var token = first[(first.IndexOf("token=", StringComparison.Ordinal) + 6)..].Trim();
        var desk = fixture.Grains.GetGrain<INoticeDeskGrain>(INoticeDeskGrain.Key);

        var forged = await Assert.ThrowsAsync<DomainRuleException>(() => desk.OptOut(token[..^2] + "AA", DateTimeOffset.UtcNow));
        await desk.OptOut(token, DateTimeOffset.UtcNow);
        await ticket.Claim(ClaimingParty.Community, "community", Places.Stamp());
        await ticket.Settle(Places.Stamp());
        await Task.Delay(1500);

        Assert.Equal(RuleViolation.InvalidInput, forged.Violation);
        Assert.Single(MailTo(mailbox));
    }

    [Fact]
    public async Task A_mailbox_the_relay_does_not_know_goes_straight_to_the_dead_letters_and_a_retry_delivers_it_once()
    {
        var mailbox = Mailbox();
        var compound = await fixture.Compound();
        fixture.Smtp.Unknown.Add(mailbox);
        var ticket = await fixture.File(compound, new ReporterContact(Email: mailbox));
        await ticket.Acknowledge(Places.Stamp());
        var desk = fixture.Grains.GetGrain<INoticeDeskGrain>(INoticeDeskGrain.Key);
        var id = ResidentNotice.IdOf(ticket.GetPrimaryKeyString(), 2, TicketEvent.Acknowledged);

        var dead = await Eventually.Until(desk.GetDeadLetters, letters => letters.Any(l => l.Notice.Id == id));
        fixture.Smtp.Unknown.Remove(mailbox);
        await fixture.Grains.RetryNoticeDeadLetter(id);

        Assert.StartsWith("smtp 550", dead.Single(l => l.Notice.Id == id).Reason, StringComparison.Ordinal);
        Assert.Single(await Mail(mailbox, 1));
        Assert.DoesNotContain(await desk.GetDeadLetters(), l => l.Notice.Id == id);
        await Assert.ThrowsAsync<DomainRuleException>(() => fixture.Grains.RetryNoticeDeadLetter(id));
    }

    [Fact]
    public async Task A_request_without_contact_and_an_imported_one_tell_nothing()
    {
        var compound = await fixture.Compound();
        var mailbox = Mailbox();
        await NoticeFixture.LiveThrough(await fixture.File(compound, new ReporterContact("匿名")));
        var imported = Ticket.Submit(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared),
            new TicketSubmission(compound, TicketCategory.Noise, TicketChannel.Hotline, "noise at night", null, new ReporterContact(Email: mailbox)),
            ServiceLevelPolicy.Default, Places.Stamp("resident"));
        imported.Acknowledge(Places.Stamp());
        imported.Claim(ClaimingParty.Community, "community", Places.Stamp());
        imported.Settle(Places.Stamp());
        await fixture.Grains.GetGrain<ITicketGrain>(imported.Id).Import(imported);
        await Task.Delay(1500);

        Assert.Empty(MailTo(mailbox));
        Assert.Empty(await fixture.Grains.GetGrain<IResidentNoticeGrain>(compound).GetPending());
    }

    [Fact]
    public async Task A_phone_only_reporter_is_told_through_the_sms_gateway_as_documented()
    {
        var phone = "139" + Random.Shared.Next(10_000_000, 99_999_999);
        var ticket = await fixture.File(await fixture.Compound(), new ReporterContact(Phone: "+86 " + phone));

        await ticket.Acknowledge(Places.Stamp());
        var sent = await Eventually.Until(() => Task.FromResult(fixture.Sms.Received.Where(r => (string?)r.Body?["to"] == phone).ToList()), r => r.Count == 1);

        var body = Assert.Single(sent).Body!;
        Assert.Equal("/send", sent[0].Path);
        Assert.Equal($"{ticket.GetPrimaryKeyString()}:2:acknowledged", (string?)body["id"]);
        Assert.StartsWith("【杏林街道】您反映的诉求", (string?)body["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_sms_gateway_down_past_the_give_up_span_leaves_a_dead_letter_for_an_administrator()
    {
        var phone = "137" + Random.Shared.Next(10_000_000, 99_999_999);
        fixture.Sms.Answer = (_, body) => (string?)body?["to"] == phone ? (HttpStatusCode.ServiceUnavailable, "{}") : (HttpStatusCode.OK, "{}");
        try
        {
            var ticket = await fixture.File(await fixture.Compound(), new ReporterContact(Phone: phone));
            await ticket.Acknowledge(Places.Stamp());
            var desk = fixture.Grains.GetGrain<INoticeDeskGrain>(INoticeDeskGrain.Key);

            var dead = await Eventually.Until(desk.GetDeadLetters, letters => letters.Any(l => l.Notice.TicketId == ticket.GetPrimaryKeyString()), NoticeFixture.GiveUpAfter * 3);

            var letter = dead.Single(l => l.Notice.TicketId == ticket.GetPrimaryKeyString());
            Assert.Equal("sms http 503", letter.Reason);
            Assert.True(letter.FailedAttempts > 3, $"given up after {letter.FailedAttempts} attempts");
        }
        finally
        {
            fixture.Sms.Answer = (_, _) => (HttpStatusCode.OK, "{}");
        }
    }

    [Fact]
    public async Task A_wechat_reporter_gets_a_template_message_and_one_who_left_the_account_is_a_dead_letter()
    {
        var (reader, leaver) = ("o" + Guid.NewGuid().ToString("N")[..20], "o" + Guid.NewGuid().ToString("N")[..20]);
        fixture.WeChat.Answer = (path, body) => path.StartsWith("/cgi-bin/token", StringComparison.Ordinal)
            ? (HttpStatusCode.OK, """{"access_token":"token-1","expires_in":7200}""")
            : (string?)body?["touser"] == leaver ? (HttpStatusCode.OK, """{"errcode":43004,"errmsg":"require subscribe"}""")
            : (HttpStatusCode.OK, """{"errcode":0,"errmsg":"ok","msgid":1}""");
        var compound = await fixture.Compound();

        var read = await fixture.File(compound, new ReporterContact(Email: Mailbox(), WeChatOpenId: reader));
        await read.Acknowledge(Places.Stamp());
        await (await fixture.File(compound, new ReporterContact(WeChatOpenId: leaver))).Acknowledge(Places.Stamp());
        var sent = await Eventually.Until(() => Task.FromResult(fixture.WeChat.Received.Where(r => (string?)r.Body?["touser"] == reader).ToList()), r => r.Count == 1);
        var dead = await Eventually.Until(fixture.Grains.GetGrain<INoticeDeskGrain>(INoticeDeskGrain.Key).GetDeadLetters, l => l.Any(d => d.Notice.Address == leaver));

        Assert.Equal("/cgi-bin/message/template/send?access_token=token-1", sent[0].Path);
        Assert.Equal("template-progress", (string?)sent[0].Body!["template_id"]);
        Assert.Equal(read.GetPrimaryKeyString(), (string?)sent[0].Body!["data"]!["keyword1"]!["value"]);
        Assert.Equal("wechat errcode 43004", dead.Single(d => d.Notice.Address == leaver).Reason);
    }
}
