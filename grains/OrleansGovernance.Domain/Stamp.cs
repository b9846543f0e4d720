namespace OrleansGovernance.Domain;

/// <summary>
/// Who did something, when, and why: every recorded change carries one. <see cref="By"/> is the token's subject (what
/// access and audit go by); <see cref="ByName"/> the display name people know them by, when the token gives one.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.stamp")]
public sealed record Stamp(
    [property: Id(0)] string By,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string? Note = null,
    [property: Id(3)] NoteVisibility Visibility = NoteVisibility.Internal,
    [property: Id(4)] string? ByName = null)
{
    public const int MaxNoteLength = 2000;

    /// <summary>Refuses a stamp without an author, with an oversized note, or earlier than <paramref name="notBefore"/>.</summary>
    public void Validate(DateTimeOffset? notBefore = null)
    {
        Require.Text(By, "by", 200);
        Require.OptionalText(Note, "note", MaxNoteLength);
        Require.OptionalText(ByName, "display name", 200);
        Require.Defined(Visibility, "visibility");

        if (notBefore is { } earliest && At < earliest)
        {
            throw DomainRuleException.Invalid($"a change at {At:O} cannot precede the previous one at {earliest:O}.");
        }
    }
}
