using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Dashboard;

namespace OrleansGovernance.Api.Tests;

/// <summary>A token says one role; one that carries several is refused everywhere rather than read as its strongest.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TokenRoleTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("/api/v1/audit")]
    [InlineData("/api/v1/regions/xiamen")]
    public async Task A_token_with_two_roles_is_refused_by_the_api(string path)
    {
        using var http = platform.Anonymous();
        http.DefaultRequestHeaders.Authorization = new("Bearer", TwoRoles());

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_token_with_two_roles_does_not_sign_in_to_the_dashboard()
    {
        var signIn = platform.Services.GetRequiredService<TokenSignIn>();

        Assert.Null(await signIn.Validate(TwoRoles()));
        Assert.NotNull(await signIn.Validate(platform.Token(Roles.Viewer)));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData(" 李建溪\n", "李建溪")]
    [InlineData("李\u0007建溪", "李建溪")]
    public void A_name_claim_is_cleaned_rather_than_refused_so_that_no_step_fails_for_it(string? claim, string? shown) =>
        Assert.Equal(shown, Caller.DisplayNameOf(claim));

    [Fact]
    public void A_name_claim_longer_than_a_stamp_allows_is_cut_to_fit() =>
        Assert.Equal(200, Caller.DisplayNameOf(new string('名', 500))!.Length);

    [Fact]
    public async Task A_display_name_in_the_token_reaches_the_dashboard_s_caller_and_its_stamps()
    {
        var signIn = platform.Services.GetRequiredService<TokenSignIn>();
        var token = platform.Services.GetRequiredService<AccessTokens>().Issue(Roles.PlanOwner, [], "plan-owner-f73fd782", name: "李建溪");

        var caller = Caller.From((await signIn.Validate(token))!.Principal);

        Assert.Equal(("plan-owner-f73fd782", "李建溪"), (caller.Subject, caller.DisplayName));
        var stamp = caller.Stamp(TimeProvider.System, "note");
        Assert.Equal(("plan-owner-f73fd782", "李建溪"), (stamp.By, stamp.ByName));
    }

    private string TwoRoles()
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "orleans-governance",
            Audience = "orleans-governance-api",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { [Caller.SubjectClaim] = "two-hats", [Caller.RoleClaim] = new[] { Roles.Viewer, Roles.Admin } },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(platform.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
