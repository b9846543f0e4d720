using System.Net;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Grains.Notices;

namespace OrleansGovernance.Grains.Tests.Notices;

/// <summary>
/// A silo whose notice gateways are receivers this fixture starts on loopback: an SMTP server, an SMS gateway and a
/// WeChat API. Retries are quick (0.2 s doubling to 1 s) and a notice is given up after <see cref="GiveUpAfter"/>.
/// </summary>
public sealed class NoticeFixture : IAsyncLifetime
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(6);

    private ClusterFixture _cluster = null!;
    private string? _community;

    public SmtpReceiver Smtp { get; } = new();

    public HttpReceiver Sms { get; private set; } = null!;

    public HttpReceiver WeChat { get; private set; } = null!;

    public IClusterClient Grains => _cluster.Client;

    public async Task InitializeAsync()
    {
        Sms = await HttpReceiver.Start();
        WeChat = await HttpReceiver.Start();
        WeChat.Answer = (path, _) => path.StartsWith("/cgi-bin/token", StringComparison.Ordinal)
            ? (HttpStatusCode.OK, """{"access_token":"token-1","expires_in":7200}""")
            : (HttpStatusCode.OK, """{"errcode":0,"errmsg":"ok","msgid":1}""");
        _cluster = new ClusterFixture(1, null, silo => silo.Services.Configure<NoticeOptions>(notices =>
        {
            notices.RetryFirst = TimeSpan.FromMilliseconds(200);
            notices.RetryLongest = TimeSpan.FromSeconds(1);
            notices.GiveUpAfter = GiveUpAfter;
            notices.OptOutUrl = "https://xinglin.example.cn/opt-out?token={token}";
            notices.Smtp.Host = "127.0.0.1";
            notices.Smtp.Port = Smtp.Port;
            notices.Smtp.Security = SecureSocketOptions.None;
            notices.Smtp.From = "notices@xinglin.example.cn";
            notices.Sms.Url = new Uri(Sms.Address, "send");
            notices.Sms.ApiKey = "sms-key-for-tests";
            notices.WeChat.BaseUrl = WeChat.Address;
            notices.WeChat.AppId = "wx-app";
            notices.WeChat.AppSecret = "wx-secret";
            notices.WeChat.TemplateId = "template-progress";
        }));
        await _cluster.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await Smtp.DisposeAsync();
        await Sms.DisposeAsync();
        await WeChat.DisposeAsync();
    }

    /// <summary>A compound of its own for each test, so notices of one test never meet another's.</summary>
    public async Task<string> Compound()
    {
        _community ??= await Places.Community(Grains);
        return await Places.Compound(Grains, _community, "garden-" + Guid.NewGuid().ToString("N")[..8]);
    }

    public async Task<ITicketGrain> File(string compoundId, ReporterContact? reporter)
    {
        var ticket = Grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared));
        await ticket.Submit(new TicketSubmission(compoundId, TicketCategory.EbikeInLift, TicketChannel.Hotline, "e-bike in lift 2", null, reporter), Places.Stamp("resident"));
        return ticket;
    }

    /// <summary>Acknowledged, claimed, to the joint meeting, settled, rated, reopened: the five steps told and one (rating) that is not.</summary>
    public static async Task LiveThrough(ITicketGrain ticket, Stamp? acknowledged = null)
    {
        await ticket.Acknowledge(acknowledged ?? Places.Stamp());
        await ticket.Claim(ClaimingParty.PropertyCompany, "Chengfa property", Places.Stamp());
        await ticket.Escalate(Places.Stamp());
        await ticket.Settle(Places.Stamp());
        await ticket.Rate(SatisfactionLevel.Dissatisfied, Places.Stamp("resident"));
        await ticket.Reopen(Places.Stamp("resident", "still happens"));
    }
}

[CollectionDefinition(Name)]
public sealed class NoticeCollection : ICollectionFixture<NoticeFixture>
{
    public const string Name = "notices";
}
