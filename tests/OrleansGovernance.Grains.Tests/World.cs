using OrleansGovernance.Api.Contracts;
using System.Text.Json;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Tests;

/// <summary>
/// A small place hierarchy of its own (a city, district, subdistrict, two communities of two compounds, each with a
/// plan), the tickets filed in it, and the recomputation of every level's figures from the durable leaf states.
/// </summary>
internal sealed class World
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    private readonly IGrainFactory _grains;

    private World(IGrainFactory grains, string city, List<string> communities, List<string> compounds)
    {
        _grains = grains;
        City = city;
        Communities = communities;
        Compounds = compounds;
    }

    public string City { get; }

    public List<string> Communities { get; }

    public List<string> Compounds { get; }

    /// <summary>Every ticket id a filing was tried for, stored or not (a filing may fail while a silo dies).</summary>
    public List<string> Tickets { get; } = [];

    public string District => $"{City}.district";

    public string Subdistrict => $"{District}.subdistrict";

    public static async Task<World> Create(IGrainFactory grains)
    {
        var first = await Places.Community(grains);
        var subdistrict = PlaceIds.ParentOf(first)!;
        var second = $"{subdistrict}.second";
        await grains.GetGrain<ICommunityGrain>(second).Define(new Domain.Organisation.CommunityProfile { Id = second, Name = "Second", NameZh = "第二社区", RegionId = subdistrict });
        var compounds = new List<string>();
        foreach (var community in new[] { first, second })
        {
            foreach (var slug in new[] { "east", "west" })
            {
                var compound = await Places.Compound(grains, community, slug);
                if (slug == "east")
                {
                    await grains.GetGrain<ICompoundGrain>(compound).SetFlags(dualSeal: false, bookkeeping: true);
                }

                await grains.GetGrain<IPlanGrain>(Plan(compound)).Create(new PlanDraft(
                    compound, "Plan", ["community"], new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31),
                    [.. Enumerable.Range(0, 3).Select(i => new MilestoneDraft($"m{i}", $"Milestone {i}", MilestoneKind.Other, new DateOnly(2026, 12, 31), i + 1, "owner"))]));
                compounds.Add(compound);
            }
        }

        return new World(grains, first.Split('.')[0], [first, second], compounds);
    }

    public static string Plan(string compound) => $"{compound}.plan-test";

    /// <summary>The figures of every level, as served and as recomputed from the leaves at the same moment.</summary>
    public async Task<List<(string Place, string Served, string Recomputed)>> Compare()
    {
        var compoundFigures = new Dictionary<string, PlaceFigures>();
        var results = new List<(string, string, string)>();
        foreach (var compound in Compounds)
        {
            var served = await _grains.GetGrain<ICompoundGrain>(compound).GetReport();
            var expected = await RecomputeCompound(compound, served.Figures.AsOf);
            compoundFigures[compound] = expected;
            results.Add((compound, Canonical(served), Canonical(served with { Figures = expected })));
        }

        var communityFigures = new List<PlaceFigures>();
        foreach (var community in Communities)
        {
            var served = await _grains.GetGrain<ICommunityGrain>(community).GetReport();
            var grain = _grains.GetGrain<ICommunityGrain>(community);
            var children = (await grain.GetProfile()).Compounds.Select(c => compoundFigures[c]);
            var expected = FiguresCalculator.ForCommunity(await grain.GetThreeLists(), await grain.GetMeetings(), children, 0, served.Figures.AsOf);
            communityFigures.Add(expected);
            results.Add((community, Canonical(served), Canonical(served with { Figures = expected })));
        }

        foreach (var region in new[] { Subdistrict, District, City })
        {
            var served = await _grains.GetGrain<IRegionGrain>(region).GetReport();
            var expected = PlaceFigures.Sum(communityFigures, served.Figures.AsOf);
            results.Add((region, Canonical(served), Canonical(served with { Figures = expected })));
        }

        return results;
    }

    private async Task<Ticket?> Stored(string ticketId)
    {
        try
        {
            return await _grains.GetGrain<ITicketGrain>(ticketId).Get();
        }
        catch (DomainRuleException missing) when (missing.Violation == RuleViolation.NotFound)
        {
            return null;
        }
    }

    private async Task<PlaceFigures> RecomputeCompound(string compound, DateTimeOffset at)
    {
        var tickets = new List<TicketFacts>();
        foreach (var id in Tickets)
        {
            // A filing that failed while a silo died may never have been stored: the durable state decides.
            if (await Stored(id) is { } ticket && ticket.CompoundId == compound)
            {
                tickets.Add(ticket.Facts);
            }
        }

        var plan = await _grains.GetGrain<IPlanGrain>(Plan(compound)).Get();
        var profile = await _grains.GetGrain<ICompoundGrain>(compound).GetProfile();
        var branch = await _grains.GetGrain<IBranchGrain>(compound).Find();
        var figures = FiguresCalculator.ForCompound(profile, branch, tickets, [PlanFacts.Of(plan)], 0, at);
        var ledger = await _grains.GetGrain<ILedgerGrain>(compound).FindFacts();
        var seals = await _grains.GetGrain<ISealRegisterGrain>(compound).FindFacts();
        figures.Funds = FundsCounts.Of(profile.Bookkeeping, ledger, profile.DualSeal, seals);
        return figures;
    }

    /// <summary>The summary as JSON without the snapshot's time and version, which a recomputation does not have.</summary>
    private static string Canonical(PlaceReport report) =>
        JsonSerializer.Serialize(report.ToSummary() with { AsOf = default, Version = 0 }, Json);

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions();
        GovernanceApi.Configure(options);
        return options;
    }
}
