namespace OrleansGovernance.Domain.Party;

/// <summary>
/// One service a vanguard team gave (志愿服务): on a China calendar date, by the members who took part, for so many
/// hours each, to so many residents. Service hours count per member taking part (志愿服务时长).
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.service-activity")]
public sealed record ServiceActivity(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string TeamId,
    [property: Id(3)] IReadOnlyList<string> MemberIds,
    [property: Id(4)] decimal Hours,
    [property: Id(5)] int ResidentsServed,
    [property: Id(6)] string Description,
    [property: Id(7)] string RecordedBy,
    [property: Id(8)] bool Synthetic)
{
    public int Month => (Date.Year * 100) + Date.Month;

    /// <summary>The member-hours the activity gave: its hours for each member taking part.</summary>
    public decimal ServiceHours => Hours * MemberIds.Count;
}

[GenerateSerializer, Immutable, Alias("governance.service-activity-draft")]
public sealed record ServiceActivityDraft(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string TeamId,
    [property: Id(2)] IReadOnlyList<string> MemberIds,
    [property: Id(3)] decimal Hours,
    [property: Id(4)] int ResidentsServed,
    [property: Id(5)] string Description,
    [property: Id(6)] bool Synthetic = false)
{
    /// <summary>A day's service at most; recorded in quarter hours so sums stay exact.</summary>
    public const decimal MaxHours = 24m;

    public void Validate(DateOnly today)
    {
        Require.Date(Date, "date");
        if (Date > today)
        {
            throw DomainRuleException.Invalid($"date {Date:yyyy-MM-dd} lies in the future; record a service once given.");
        }

        Require.Slug(TeamId, "teamId");
        if (Require.Entries(MemberIds, "memberIds").Count == 0)
        {
            throw DomainRuleException.Invalid("at least one member takes part.");
        }

        if (MemberIds.Count > ServiceTeamDraft.MaxMembers)
        {
            throw DomainRuleException.Invalid($"at most {ServiceTeamDraft.MaxMembers} members take part.");
        }

        foreach (var id in MemberIds)
        {
            Require.Slug(id, "memberId");
        }

        if (MemberIds.Distinct(StringComparer.Ordinal).Count() != MemberIds.Count)
        {
            throw DomainRuleException.Invalid("a member takes part once.");
        }

        if (Hours <= 0 || Hours > MaxHours || decimal.Remainder(Hours * 4, 1) != 0)
        {
            throw DomainRuleException.Invalid($"hours must be more than 0 and at most {MaxHours}, in quarter hours.");
        }

        Require.Range(ResidentsServed, "residentsServed", 0, 100_000);
        Require.Text(Description, "description", 1000);
    }

    public ServiceActivity ToActivity(string id, string recordedBy) =>
        new(id, Date, TeamId, [.. MemberIds], Hours, ResidentsServed, Description.Trim(), recordedBy, Synthetic);
}
