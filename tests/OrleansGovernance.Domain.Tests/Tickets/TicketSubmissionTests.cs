using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Tests.Tickets;

public sealed class TicketSubmissionTests
{
    [Fact]
    public void Masking_keeps_the_surname_and_the_last_four_digits()
    {
        var masked = new ReporterContact("张三丰", "13812345678").Masked();

        Assert.Equal(new ReporterContact("张**", "*******5678"), masked);
    }

    [Fact]
    public void Masking_keeps_the_length_of_a_formatted_phone_number()
    {
        var masked = new ReporterContact("Li Wei", "+86 138-1234-5678").Masked();

        Assert.Equal("L**", masked.Name);
        Assert.Equal("*************5678", masked.Phone);
    }

    [Fact]
    public void Masking_leaves_missing_contact_details_missing()
    {
        var masked = new ReporterContact(null, null).Masked();

        Assert.Null(masked.Name);
        Assert.Null(masked.Phone);
    }

    [Fact]
    public void Masking_a_phone_of_four_digits_or_fewer_shows_no_more_than_the_last_four()
    {
        Assert.Equal("5678", new ReporterContact(null, "5678").Masked().Phone);
        Assert.Equal("110", new ReporterContact(null, "110").Masked().Phone);
    }

    [Fact]
    public void Masking_keeps_a_whole_surname_written_outside_the_basic_plane()
    {
        // 𠮷 (U+20BB7, a variant of the surname 吉) takes two UTF-16 code units; cutting between them leaves broken text.
        var masked = new ReporterContact("𠮷祥", null).Masked();

        Assert.Equal("𠮷**", masked.Name);
    }

    [Fact]
    public void Masking_keeps_the_first_character_and_the_domain_of_an_email()
    {
        var masked = new ReporterContact(null, null, "chen.ayi@example.cn").Masked();

        Assert.Equal("c***@example.cn", masked.Email);
    }

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("@example.cn")]
    [InlineData("chen@")]
    [InlineData("chen@a@b")]
    [InlineData("chen ayi@example.cn")]
    [InlineData("chen\u0000@example.cn")]
    public void A_reporter_email_that_is_not_an_address_is_refused(string email)
    {
        var submission = TestData.Submission(reporter: new ReporterContact("张三", null, email));

        TestData.Refused(RuleViolation.InvalidInput, submission.Validate);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("123456789012345678901")]
    [InlineData("138-1234-abcd")]
    public void A_reporter_phone_that_is_not_a_phone_number_is_refused(string phone)
    {
        var submission = TestData.Submission(reporter: new ReporterContact("张三", phone));

        TestData.Refused(RuleViolation.InvalidInput, submission.Validate);
    }

    [Theory]
    [InlineData("---")]
    [InlineData("   ")]
    [InlineData("+ -")]
    public void A_reporter_phone_without_a_single_digit_is_refused(string phone)
    {
        var submission = TestData.Submission(reporter: new ReporterContact("张三", phone));

        TestData.Refused(RuleViolation.InvalidInput, submission.Validate);
    }

    [Fact]
    public void A_description_longer_than_the_limit_is_refused()
    {
        var submission = TestData.Submission() with { Description = new string('x', TicketSubmission.MaxDescriptionLength + 1) };

        TestData.Refused(RuleViolation.InvalidInput, submission.Validate);
    }

    [Fact]
    public void The_submitted_ticket_keeps_the_reporter_unmasked_for_the_staff()
    {
        var reporter = new ReporterContact("张三", "13812345678");

        var ticket = Ticket.Submit("t-1", TestData.Submission(reporter: reporter), ServiceLevelPolicy.Default, TestData.At(TestData.T0));

        Assert.Equal(reporter, ticket.Reporter);
    }

    [Theory]
    [InlineData("")]
    [InlineData("o-abc def")]
    [InlineData("o/../x")]
    public void A_wechat_openid_of_other_than_letters_digits_dash_and_underscore_is_refused(string openId)
    {
        TestData.Refused(RuleViolation.InvalidInput, new ReporterContact(WeChatOpenId: openId).Validate);
    }

    [Fact]
    public void A_wechat_openid_is_masked_to_its_first_four_characters()
    {
        Assert.Equal("oAbC***", new ReporterContact(WeChatOpenId: "oAbC12345678_x-9").Masked().WeChatOpenId);
    }
}
