using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Domain.Tests.Outbound;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private const string Body = """{"id":"t-1:1:filed","event":"request.filed"}""";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_765_000_000);

    [Fact]
    public void The_signature_is_the_hex_hmac_sha256_of_the_timestamp_a_dot_and_the_body()
    {
        // The same as: printf '%s' '1765000000.{body}' | openssl dgst -sha256 -hmac "$SECRET" (docs/webhooks.md).
        var expected = "v1=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Secret), System.Text.Encoding.UTF8.GetBytes("1765000000." + Body)));

        Assert.Equal(expected, WebhookSignature.Sign(Secret, 1_765_000_000, Body));
    }

    [Fact]
    public void A_receiver_accepts_a_fresh_delivery_signed_with_its_secret_and_nothing_else()
    {
        var header = WebhookSignature.Header([Secret], Now.ToUnixTimeSeconds(), Body);
        var stamp = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(WebhookSignature.Verify(Secret, header, stamp, Body, Now.AddMinutes(4)));
        Assert.False(WebhookSignature.Verify(Secret, header, stamp, Body + " ", Now));
        Assert.False(WebhookSignature.Verify(Secret + "x", header, stamp, Body, Now));
        Assert.False(WebhookSignature.Verify(Secret, header, stamp, Body, Now + WebhookSignature.ReplayWindow + TimeSpan.FromSeconds(1)));
        Assert.False(WebhookSignature.Verify(Secret, header, "yesterday", Body, Now));
        Assert.False(WebhookSignature.Verify(Secret, null, stamp, Body, Now));
    }

    [Fact]
    public void During_a_rotation_both_secrets_sign_and_either_verifies()
    {
        var endpoint = new WebhookEndpoint { Id = "wh-1", Secret = Secret };
        endpoint.Rotate("another-secret-of-at-least-thirty-two-chars", Now, TimeSpan.FromHours(24));
        var header = WebhookSignature.Header(endpoint.SigningSecrets(Now.AddHours(1)), Now.ToUnixTimeSeconds(), Body);
        var stamp = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(WebhookSignature.Verify(Secret, header, stamp, Body, Now));
        Assert.True(WebhookSignature.Verify("another-secret-of-at-least-thirty-two-chars", header, stamp, Body, Now));
        Assert.Equal(["another-secret-of-at-least-thirty-two-chars"], endpoint.SigningSecrets(Now.AddHours(24)));
    }
}
