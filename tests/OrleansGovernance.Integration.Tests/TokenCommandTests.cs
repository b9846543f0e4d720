using Microsoft.IdentityModel.JsonWebTokens;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Silo.Commands;

namespace OrleansGovernance.Integration.Tests;

/// <summary>The host's token command gives a token the display name histories show people by.</summary>
public sealed class TokenCommandTests
{
    private readonly AccessTokens _tokens = new(new AccessOptions { SigningKey = Convert.ToBase64String(new byte[32]) }, AppContext.BaseDirectory, TimeProvider.System);

    [Fact]
    public void A_token_made_with_a_name_carries_it_as_the_name_claim_beside_its_subject()
    {
        var output = new StringWriter();

        var exit = TokenCommand.Run(["--role", "plan-owner", "--scope", "xiamen.jimei.xinglin.ningbao.ningbao-shijia", "--subject", "plan-owner-li", "--name", "李建溪"], _tokens, output, new StringWriter());

        Assert.Equal(0, exit);
        var token = new JsonWebToken(output.ToString().Trim());
        Assert.Equal(("plan-owner-li", "李建溪"), (token.GetClaim(Caller.SubjectClaim).Value, token.GetClaim(Caller.NameClaim).Value));
    }

    [Fact]
    public void A_token_made_without_a_name_has_no_name_claim()
    {
        var output = new StringWriter();

        TokenCommand.Run(["--role", "viewer"], _tokens, output, new StringWriter());

        Assert.False(new JsonWebToken(output.ToString().Trim()).TryGetClaim(Caller.NameClaim, out _));
    }

    [Fact]
    public void A_name_without_a_value_is_refused_with_the_usage()
    {
        var error = new StringWriter();

        Assert.Equal(2, TokenCommand.Run(["--role", "viewer", "--name"], _tokens, new StringWriter(), error));
        Assert.Contains("--name <display name>", error.ToString(), StringComparison.Ordinal);
    }
}
