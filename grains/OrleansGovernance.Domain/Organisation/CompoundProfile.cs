namespace OrleansGovernance.Domain.Organisation;

/// <summary>A compound (小区): the residential estate and who governs it.</summary>
[GenerateSerializer, Alias("governance.compound")]
public sealed class CompoundProfile
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public string NameZh { get; set; } = "";
    [Id(3)] public string CommunityId { get; set; } = "";
    [Id(4)] public int Households { get; set; }
    [Id(5)] public GeoPoint? Location { get; set; }
    [Id(6)] public OwnersCommittee? OwnersCommittee { get; set; }
    [Id(7)] public PropertyService? PropertyService { get; set; }

    /// <summary>The "dual seal" rule: the assembly seal is kept by the community (双章制度).</summary>
    [Id(8)] public bool DualSeal { get; set; }

    /// <summary>Public revenue kept under agency bookkeeping (公共收益代理记账).</summary>
    [Id(9)] public bool Bookkeeping { get; set; }

    [Id(10)] public List<string> Plans { get; set; } = [];
    [Id(11)] public List<PropertySurvey> Surveys { get; set; } = [];
    [Id(12)] public bool Synthetic { get; set; }

    /// <summary>
    /// The estate's outline, when a city has surveyed it. The location is not required to lie inside it: the location
    /// is the point residents' addresses resolve to, often the main gate on the street outside the fence, and city
    /// data mixes WGS-84 and GCJ-02 (火星坐标) coordinates hundreds of metres apart; refusing those would refuse true profiles.
    /// </summary>
    [Id(13)] public CompoundBoundary? Boundary { get; set; }

    public void Validate()
    {
        Require.PlaceId(Id);
        Require.Text(Name, "name", 200);
        Require.Text(NameZh, "nameZh", 200);
        if (!PlaceIds.IsChildOf(Id, CommunityId))
        {
            throw DomainRuleException.Invalid($"compound '{Id}' is not a child of community '{CommunityId}'.");
        }

        Require.Range(Households, "households", 0, 1_000_000);
        Location?.Validate();
        Boundary?.Validate();
        OwnersCommittee?.Validate();
        PropertyService?.Validate();
        if (DualSeal && OwnersCommittee is null)
        {
            throw DomainRuleException.Invalid("the dual-seal rule needs an owners' committee to hold the committee seal.");
        }

        foreach (var plan in Plans)
        {
            Require.PlaceId(plan, "plans");
        }

        foreach (var survey in Require.Entries(Surveys, "surveys"))
        {
            survey.Validate();
        }
    }
}

[GenerateSerializer, Immutable, Alias("governance.geo-point")]
public sealed record GeoPoint([property: Id(0)] double Lat, [property: Id(1)] double Lng)
{
    public bool IsValid => Lat is >= -90 and <= 90 && Lng is >= -180 and <= 180;

    public void Validate()
    {
        if (!IsValid)
        {
            throw DomainRuleException.Invalid("location must have lat in [-90, 90] and lng in [-180, 180].");
        }
    }
}

/// <summary>Owners' committee (业委会), elected by the owners' general assembly.</summary>
[GenerateSerializer, Immutable, Alias("governance.owners-committee")]
public sealed record OwnersCommittee(
    [property: Id(1)] IReadOnlyList<CommitteeMember> Members,
    [property: Id(0)] DateOnly? Formed = null)
{
    public int PartyMembers => Members.Count(m => m.PartyMember);

    public void Validate()
    {
        if (Members.Count == 0)
        {
            throw DomainRuleException.Invalid("an owners' committee has at least one member.");
        }

        if (Formed is { } formed)
        {
            Require.Date(formed, "formed");
        }

        foreach (var member in Require.Entries(Members, "committee members"))
        {
            Require.Text(member.Name, "committee member name", 100);
            Require.Defined(member.Role, "committee role");
        }

        if (Members.Count(m => m.Role == CommitteeRole.Chair) > 1)
        {
            throw DomainRuleException.Invalid("an owners' committee has at most one chair.");
        }
    }
}

public enum CommitteeRole
{
    Member,
    ViceChair,
    Chair,
}

[GenerateSerializer, Immutable, Alias("governance.committee-member")]
public sealed record CommitteeMember(
    [property: Id(0)] string Name,
    [property: Id(1)] bool PartyMember,
    [property: Id(2)] CommitteeRole Role);

/// <summary>The property service company (物业服务企业) managing a compound, and its party-building link.</summary>
[GenerateSerializer, Immutable, Alias("governance.property-service")]
public sealed record PropertyService(
    [property: Id(0)] string CompanyId,
    [property: Id(1)] string CompanyName,
    [property: Id(2)] string? Manager = null,
    [property: Id(3)] string? InstructorId = null,
    [property: Id(4)] bool RedProperty = false)
{
    public void Validate()
    {
        Require.Slug(CompanyId, "property company id");
        Require.Text(CompanyName, "property company name", 200);
        Require.OptionalText(Manager, "property manager", 100);
        Require.OptionalSlug(InstructorId, "party instructor id");
    }
}

/// <summary>A residents' satisfaction survey of the property service in one year.</summary>
[GenerateSerializer, Immutable, Alias("governance.property-survey")]
public sealed record PropertySurvey(
    [property: Id(0)] int Year,
    [property: Id(1)] int Respondents,
    [property: Id(2)] int Satisfied)
{
    public void Validate()
    {
        Require.Range(Year, "survey year", 2000, 2100);
        Require.Range(Respondents, "survey respondents", 1, 1_000_000);
        Require.Range(Satisfied, "survey satisfied", 0, Respondents);
    }
}
