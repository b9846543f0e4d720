namespace OrleansGovernance.Domain.Tickets;

/// <summary>What a resident or staff member files.</summary>
[GenerateSerializer, Immutable, Alias("governance.ticket-submission")]
public sealed record TicketSubmission(
    [property: Id(0)] string CompoundId,
    [property: Id(1)] TicketCategory Category,
    [property: Id(2)] TicketChannel Channel,
    [property: Id(3)] string Description,
    [property: Id(4)] string? Location,
    [property: Id(5)] ReporterContact? Reporter,
    [property: Id(6)] ServiceRequestDetails? Details = null)
{
    public const int MaxDescriptionLength = 4000;

    public void Validate()
    {
        Require.PlaceId(CompoundId, "compoundId");
        Require.Defined(Category, "category");
        Require.Defined(Channel, "channel");
        Require.Text(Description, "description", MaxDescriptionLength);
        Require.OptionalText(Location, "location", 500);
        Reporter?.Validate();
        Details?.Validate();
    }
}

/// <summary>Personal data of the reporter: shown only masked outside the staff who handle the request.</summary>
[GenerateSerializer, Immutable, Alias("governance.reporter-contact")]
public sealed record ReporterContact(
    [property: Id(0)] string? Name = null,
    [property: Id(1)] string? Phone = null,
    [property: Id(2)] string? Email = null,
    [property: Id(3)] string? WeChatOpenId = null)
{
    public const int MaxEmailLength = 254;

    /// <summary>An official account's openid (the resident as that account knows them): 28 characters today, up to 64 allowed.</summary>
    public const int MaxWeChatOpenIdLength = 64;

    public void Validate()
    {
        Require.OptionalText(Name, "reporter name", 100);
        if (Phone is { } phone && (phone.Length is < 3 or > 20 || !phone.Any(char.IsAsciiDigit) || !phone.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ')))
        {
            throw DomainRuleException.Invalid("reporter phone must be 3 to 20 characters of digits, '+', '-' or spaces, with at least one digit.");
        }

        if (Email is { } email && !IsPlausibleEmail(email))
        {
            throw DomainRuleException.Invalid($"reporter email must look like name@domain, without spaces, at most {MaxEmailLength} characters.");
        }

        if (WeChatOpenId is { } openId && (openId.Length is 0 or > MaxWeChatOpenIdLength || !openId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            throw DomainRuleException.Invalid($"reporter weChatOpenId must be 1 to {MaxWeChatOpenIdLength} letters, digits, '-' or '_'.");
        }
    }

    /// <summary>Keeps the surname, the last four digits and the mail domain, enough to recognise a call-back.</summary>
    public ReporterContact Masked() => new(
        Name is { Length: > 0 } n ? FirstCharacter(n) + "**" : null,
        Phone is { Length: > 4 } p ? new string('*', p.Length - 4) + p[^4..] : Phone,
        Email is { } e ? FirstCharacter(e) + "***" + e[e.LastIndexOf('@')..] : null,
        WeChatOpenId is { Length: > 4 } o ? o[..4] + "***" : WeChatOpenId is null ? null : "***");

    // Only the shape is checked: whether a mailbox exists is learnt by writing to it, not by parsing.
    private static bool IsPlausibleEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return email.Length <= MaxEmailLength && at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1
            && !email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
    }

    // A surname outside the basic plane (e.g. 𠮷) takes two UTF-16 units; cutting after one would garble it.
    private static string FirstCharacter(string text) => System.Globalization.StringInfo.GetNextTextElement(text);
}
