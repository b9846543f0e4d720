namespace OrleansGovernance.Domain.Community;

/// <summary>
/// Ningbao's "three lists" (三项清单): resources offered by co-building units and residents, demands
/// collected each quarter, and claims that match a demand to a resource or a responsible party.
/// </summary>
[GenerateSerializer, Alias("governance.three-lists")]
public sealed class ThreeLists
{
    [Id(0)] public List<ResourceItem> Resources { get; set; } = [];
    [Id(1)] public List<DemandItem> Demands { get; set; } = [];
    [Id(2)] public List<DemandClaim> Claims { get; set; } = [];

    public ResourceItem ListResource(string id, ResourceDraft draft, Stamp stamp)
    {
        draft.Validate();
        stamp.Validate();
        RequireNewId(id, Resources.Select(r => r.Id), "resource");
        var item = new ResourceItem(id, draft.Title.Trim(), draft.OfferedBy.Trim(), stamp.At, draft.Synthetic);
        Resources.Add(item);
        return item;
    }

    public DemandItem CollectDemand(string id, DemandDraft draft, Stamp stamp)
    {
        draft.Validate();
        stamp.Validate();
        RequireNewId(id, Demands.Select(d => d.Id), "demand");
        var item = new DemandItem(id, draft.Title.Trim(), draft.Source, Quarter.Of(stamp.At), draft.CompoundId, stamp.At, draft.Synthetic);
        Demands.Add(item);
        return item;
    }

    /// <summary>Matches a demand to a listed resource or names the party responsible for it; a demand is claimed once.</summary>
    public DemandClaim Claim(string id, ClaimDraft draft, Stamp stamp)
    {
        stamp.Validate();
        RequireNewId(id, Claims.Select(c => c.Id), "claim");
        var demand = Demands.FirstOrDefault(d => d.Id == draft.DemandId)
            ?? throw DomainRuleException.NotFound("demand", draft.DemandId);
        if (Claims.Any(c => c.DemandId == demand.Id))
        {
            throw DomainRuleException.Conflict($"demand '{demand.Id}' is already claimed.");
        }

        if (draft.ResourceId is { } resourceId && Resources.All(r => r.Id != resourceId))
        {
            throw DomainRuleException.NotFound("resource", resourceId);
        }

        if (draft.ResourceId is null && string.IsNullOrWhiteSpace(draft.ResponsibleParty))
        {
            throw DomainRuleException.Invalid("a claim names a resource or a responsible party.");
        }

        var responsibleParty = Require.OptionalText(draft.ResponsibleParty, "responsibleParty", 200);
        if (stamp.At < demand.CollectedAt)
        {
            throw DomainRuleException.Invalid("a demand cannot be claimed before it was collected.");
        }

        var claim = new DemandClaim(id, demand.Id, draft.ResourceId, responsibleParty, stamp.By, stamp.At);
        Claims.Add(claim);
        return claim;
    }

    private static void RequireNewId(string id, IEnumerable<string> existing, string what)
    {
        Require.Text(id, $"{what} id", 100);
        if (existing.Contains(id))
        {
            throw DomainRuleException.Conflict($"{what} '{id}' already exists.");
        }
    }
}

/// <summary>Where a demand was collected.</summary>
public enum DemandChannel
{
    HappinessMailbox, // 幸福邮箱
    PropertyOffice,   // 小区物业中心
    OnlineSurvey,     // 线上问卷
    Visit,            // 入户走访
}

[GenerateSerializer, Immutable, Alias("governance.resource-item")]
public sealed record ResourceItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string OfferedBy,
    [property: Id(3)] DateTimeOffset ListedAt,
    [property: Id(4)] bool Synthetic);

[GenerateSerializer, Immutable, Alias("governance.demand-item")]
public sealed record DemandItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] DemandChannel Source,
    [property: Id(3)] string Quarter,
    [property: Id(4)] string? CompoundId,
    [property: Id(5)] DateTimeOffset CollectedAt,
    [property: Id(6)] bool Synthetic);

[GenerateSerializer, Immutable, Alias("governance.demand-claim")]
public sealed record DemandClaim(
    [property: Id(0)] string Id,
    [property: Id(1)] string DemandId,
    [property: Id(2)] string? ResourceId,
    [property: Id(3)] string? ResponsibleParty,
    [property: Id(4)] string By,
    [property: Id(5)] DateTimeOffset ClaimedAt);

[GenerateSerializer, Immutable, Alias("governance.resource-draft")]
public sealed record ResourceDraft([property: Id(0)] string Title, [property: Id(1)] string OfferedBy, [property: Id(2)] bool Synthetic = false)
{
    public void Validate()
    {
        Require.Text(Title, "title", 300);
        Require.Text(OfferedBy, "offeredBy", 200);
    }
}

[GenerateSerializer, Immutable, Alias("governance.demand-draft")]
public sealed record DemandDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] DemandChannel Source,
    [property: Id(2)] string? CompoundId = null,
    [property: Id(3)] bool Synthetic = false)
{
    public void Validate()
    {
        Require.Text(Title, "title", 300);
        Require.Defined(Source, "source");
        if (CompoundId is not null)
        {
            Require.PlaceId(CompoundId, "compoundId");
        }
    }
}

[GenerateSerializer, Immutable, Alias("governance.claim-draft")]
public sealed record ClaimDraft(
    [property: Id(0)] string DemandId,
    [property: Id(1)] string? ResourceId = null,
    [property: Id(2)] string? ResponsibleParty = null);

/// <summary>Calendar quarters in China time, written 2023Q2.</summary>
public static class Quarter
{
    public static string Of(DateTimeOffset at)
    {
        var local = ChinaTime.ToChina(at);
        return $"{local.Year}Q{((local.Month - 1) / 3) + 1}";
    }
}
