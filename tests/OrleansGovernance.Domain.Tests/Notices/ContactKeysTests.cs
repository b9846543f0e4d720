using OrleansGovernance.Domain.Notices;

namespace OrleansGovernance.Domain.Tests.Notices;

public sealed class ContactKeysTests
{
    private static readonly ContactKeys Keys = new([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    [Theory]
    [InlineData("13800001234", "+86 138-0000-1234")]
    [InlineData("13800001234", "0086 13800001234")]
    [InlineData("13800001234", "8613800001234")]
    public void A_phone_number_keys_the_same_however_it_was_typed(string one, string other)
    {
        Assert.Equal(Keys.For(NoticeChannel.Sms, one), Keys.For(NoticeChannel.Sms, other));
    }

    [Fact]
    public void An_email_keys_the_same_in_any_case_and_differs_from_other_addresses_and_keys()
    {
        var key = Keys.For(NoticeChannel.Email, "Chen@Example.org ");

        Assert.Equal(Keys.For(NoticeChannel.Email, "chen@example.org"), key);
        Assert.NotEqual(Keys.For(NoticeChannel.Email, "li@example.org"), key);
        Assert.NotEqual(new ContactKeys(new byte[32]).For(NoticeChannel.Email, "chen@example.org"), key);
        Assert.DoesNotContain("chen", key, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_token_the_platform_made_names_its_contact_and_a_forged_or_foreign_one_names_none()
    {
        var contact = Keys.For(NoticeChannel.Sms, "13800001234");
        var token = Keys.OptOutToken(contact);

        Assert.Equal(contact, Keys.VerifyOptOutToken(token));
        Assert.Null(Keys.VerifyOptOutToken(new ContactKeys(new byte[32]).OptOutToken(contact)));
        Assert.Null(Keys.VerifyOptOutToken(Keys.For(NoticeChannel.Sms, "13900001234") + token[token.IndexOf('.', StringComparison.Ordinal)..]));
        Assert.Null(Keys.VerifyOptOutToken(token[..^1] + (token[^1] == 'A' ? 'B' : 'A')));
        Assert.Null(Keys.VerifyOptOutToken(""));
        Assert.Null(Keys.VerifyOptOutToken("a.b.c"));
    }

    [Fact]
    public void A_short_key_is_refused()
    {
        Assert.Throws<DomainRuleException>(() => new ContactKeys(new byte[16]));
    }
}
