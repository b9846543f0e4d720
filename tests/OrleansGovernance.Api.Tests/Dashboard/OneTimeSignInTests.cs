using Microsoft.Extensions.Options;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Dashboard;

namespace OrleansGovernance.Api.Tests.Dashboard;

public sealed class OneTimeSignInTests
{
    private readonly SteppedClock _clock = new();
    private readonly OneTimeSignIn _link;

    public OneTimeSignInTests() =>
        _link = new OneTimeSignIn(Options.Create(new DashboardSignInOptions()), Options.Create(new AccessOptions()), _clock);

    [Fact]
    public void The_link_signs_in_the_local_administrator_once_and_is_refused_after()
    {
        var secret = _link.Issue();

        var first = _link.Redeem(secret);
        var second = _link.Redeem(secret);

        Assert.NotNull(first);
        Assert.Equal(OneTimeSignIn.Subject, first.Principal.FindFirst(Caller.SubjectClaim)?.Value);
        Assert.True(first.Principal.IsInRole(Roles.Admin));
        Assert.Null(second);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(15 * 60 - 1, true)]
    [InlineData(15 * 60, false)]
    [InlineData(24 * 3600, false)]
    public void The_link_works_for_fifteen_minutes_from_its_issue(int secondsLater, bool works)
    {
        var secret = _link.Issue();
        _clock.Now += TimeSpan.FromSeconds(secondsLater);

        Assert.Equal(works, _link.Redeem(secret) is not null);
    }

    [Fact]
    public void An_expired_link_is_spent_by_trying_it()
    {
        var secret = _link.Issue();
        _clock.Now += TimeSpan.FromMinutes(16);
        Assert.Null(_link.Redeem(secret));

        _clock.Now -= TimeSpan.FromMinutes(10);

        Assert.Null(_link.Redeem(secret));
    }

    [Fact]
    public void A_wrong_secret_is_refused_and_leaves_the_right_one_usable()
    {
        var secret = _link.Issue();

        Assert.Null(_link.Redeem(secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A')));
        Assert.Null(_link.Redeem(""));
        Assert.Null(_link.Redeem(null));
        Assert.NotNull(_link.Redeem(secret));
    }

    [Fact]
    public void Issuing_again_retires_the_link_issued_before()
    {
        var old = _link.Issue();
        var fresh = _link.Issue();

        Assert.Null(_link.Redeem(old));
        Assert.NotNull(_link.Redeem(fresh));
    }

    private sealed class SteppedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
