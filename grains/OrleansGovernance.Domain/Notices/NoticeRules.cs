namespace OrleansGovernance.Domain.Notices;

/// <summary>
/// How a platform tells its residents: the templates, the channels in order of preference, which channels a gateway
/// serves, the notice key, and the opt-out page (<c>{token}</c> in it is replaced by the reader's token).
/// </summary>
public sealed record NoticeRules(
    NoticeTemplates Templates,
    IReadOnlyList<NoticeChannel> Order,
    Func<NoticeChannel, bool> Served,
    ContactKeys Keys,
    string? OptOutUrl)
{
    public const string TokenPlaceholder = "{token}";

    public string? OptOutLink(string contactKey) =>
        OptOutUrl?.Replace(TokenPlaceholder, Keys.OptOutToken(contactKey), StringComparison.Ordinal);
}
