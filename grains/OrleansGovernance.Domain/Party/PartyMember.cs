namespace OrleansGovernance.Domain.Party;

/// <summary>Whether a registered member still works (在职党员, with a work unit) or has retired (离退休党员).</summary>
public enum MemberStanding
{
    InWork,
    Retired,
}

/// <summary>
/// A party member registered at the community where they live (党员"双报到"). <see cref="Name"/>, <see cref="Phone"/>
/// and <see cref="WorkUnit"/> are personal data: shown only to the community's staff; everyone else sees the id.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.party-member")]
public sealed record PartyMember(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Phone,
    [property: Id(3)] MemberStanding Standing,
    [property: Id(4)] string? WorkUnit,
    [property: Id(5)] string? CompoundId,
    [property: Id(6)] DateOnly RegisteredOn,
    [property: Id(7)] bool Synthetic);

[GenerateSerializer, Immutable, Alias("governance.party-member-draft")]
public sealed record PartyMemberDraft(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Phone,
    [property: Id(2)] MemberStanding Standing,
    [property: Id(3)] string? WorkUnit,
    [property: Id(4)] string? CompoundId,
    [property: Id(5)] DateOnly RegisteredOn,
    [property: Id(6)] bool Synthetic = false)
{
    public void Validate()
    {
        Require.Text(Name, "name", 100);
        Require.OptionalText(Phone, "phone", 30);
        Require.Defined(Standing, "standing");
        Require.Date(RegisteredOn, "registeredOn");
        if (CompoundId is not null)
        {
            Require.PlaceId(CompoundId, "compoundId");
        }

        // The work unit is what "in work" reports to (报到单位); a retired member has none to name.
        if (Standing == MemberStanding.InWork)
        {
            Require.Text(WorkUnit, "workUnit of a member in work", 200);
        }
        else if (!string.IsNullOrWhiteSpace(WorkUnit))
        {
            throw DomainRuleException.Invalid("a retired member has no workUnit.");
        }
    }

    public PartyMember ToMember(string id) => new(
        id, Name.Trim(), Phone?.Trim() is { Length: > 0 } phone ? phone : null, Standing,
        Standing == MemberStanding.InWork ? WorkUnit!.Trim() : null, CompoundId, RegisteredOn, Synthetic);
}
