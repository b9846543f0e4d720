using OrleansGovernance.Domain.Outbound;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Tests.Outbound;

public sealed class WebhookSettingsTests
{
    [Theory]
    [InlineData("https://hooks.example.org/x", false)]
    [InlineData("http://127.0.0.1:8080/x", false)]
    [InlineData("http://localhost/x", false)]
    [InlineData("http://[::1]/x", false)]
    [InlineData("http://intranet.example/x", true)]
    public void An_https_address_or_plain_http_to_loopback_or_where_allowed_is_accepted(string url, bool allowHttp) =>
        Assert.Equal(url, Settings(url).Validate(allowHttp).Url);

    [Theory]
    [InlineData("http://intranet.example/x")]
    [InlineData("ftp://127.0.0.1/x")]
    [InlineData("hooks/governance")]
    [InlineData("https://user:secret@hooks.example.org/x")]
    public void Any_other_address_is_refused(string url)
    {
        var refused = Assert.Throws<DomainRuleException>(() => Settings(url).Validate(allowHttp: false));
        Assert.Equal(RuleViolation.InvalidInput, refused.Violation);
    }

    [Fact]
    public void An_endpoint_wants_its_events_at_or_under_its_places_while_enabled()
    {
        var settings = new WebhookSettings("https://h.example/x", ["settled", "marked-duplicate"], ["xiamen.jimei"]);
        string[] hualing = ["xiamen.jimei.xinglin.fangzhi.hualing-garden", "xiamen.jimei.xinglin.fangzhi", "xiamen.jimei.xinglin", "xiamen.jimei", "xiamen"];

        Assert.True(settings.Wants(TicketEvent.Settled, hualing));
        Assert.True(settings.Wants(TicketEvent.MarkedDuplicate, hualing));
        Assert.False(settings.Wants(TicketEvent.Filed, hualing));
        Assert.False(settings.Wants(TicketEvent.Settled, ["xiamen.siming.x.y.z", "xiamen"]));
        Assert.False((settings with { Enabled = false }).Wants(TicketEvent.Settled, hualing));
    }

    private static WebhookSettings Settings(string url) => new(url, ["filed"], ["xiamen"]);
}
