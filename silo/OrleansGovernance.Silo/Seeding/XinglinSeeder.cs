using System.Diagnostics;
using Microsoft.Extensions.Options;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>
/// Seeds Xinglin on start-up, before the API takes requests. Idempotent: places that exist are left alone,
/// tickets and plans that exist are not imported again, and a community's lists and meetings are loaded only
/// while it has none.
/// </summary>
public sealed class XinglinSeeder(IGrainFactory grains, IOptions<SeedOptions> options, TimeProvider clock, ILogger<XinglinSeeder> log) : IHostedService
{
    private const int ParallelImports = 16;

    private int _partyMembersImported;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var file = SeedFile.LoadEmbedded();
        await new OrganisationSeeder(grains).Seed(file);
        var batch = Build(file, options.Value, options.Value.Until ?? clock.GetUtcNow());
        await Import(batch, cancellationToken);
        await FiguresReached(file, batch, cancellationToken);
        log.LogInformation(
            "Seeded Xinglin: {Communities} communities, {Tickets} tickets, {Plans} plans, {Ledgers} ledgers, {Seals} seal logs in {Elapsed} ms",
            file.Communities.Count, batch.Tickets.Count, batch.Plans.Count, batch.Ledgers.Count, batch.Seals.Count, watch.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static SeedBatch Build(SeedFile file, SeedOptions options, DateTimeOffset until)
    {
        var batch = new SeedBatch();
        foreach (var community in file.Communities)
        {
            var activity = batch.Community(community.Id);
            activity.Council = community.Council;
            activity.Compounds = [.. community.Compounds.Select(c => c.Id)];
        }

        ReportYearActivity.Add(batch, StableRandom.For(options.RandomSeed, "report-2023"), until);
        foreach (var community in file.Communities)
        {
            SyntheticHistory.AddCommunityActivity(batch, community, options, until);
            foreach (var compound in community.Compounds)
            {
                SyntheticHistory.AddTickets(batch, compound, options, until);
            }
        }

        PlanSeeds.Add(batch, file, options, until);
        LedgerSeeds.Add(batch, file, options, until);
        VisitSeeds.Add(batch, file, options, until);
        PartySeeds.Add(batch, file, options, until);
        ServiceDaySeeds.Add(batch, file, options, until);
        return batch;
    }

    /// <summary>
    /// Figures travel up asynchronously; the platform starts serving only once the city shows everything seeded,
    /// so the first dashboard read is already exact.
    /// </summary>
    private async Task FiguresReached(SeedFile file, SeedBatch batch, CancellationToken cancellationToken)
    {
        var city = grains.GetGrain<IRegionGrain>(file.Regions.Single(r => r.ParentId is null).Id);
        var compounds = file.Communities.Sum(c => c.Compounds.Count);
        var deadline = clock.GetUtcNow() + TimeSpan.FromMinutes(2);
        while (clock.GetUtcNow() < deadline)
        {
            var figures = (await city.GetReport()).Figures;
            if (figures.Requests.Submitted >= batch.Tickets.Count && figures.Plans.Plans >= batch.Plans.Count && figures.Organisation.Compounds >= compounds
                && figures.Funds.LedgerCompounds >= batch.Ledgers.Count && figures.Funds.SealCompounds >= batch.Seals.Count
                && figures.Cadence.Households >= batch.Visits.Sum(v => v.Register.Households.Values.Count(h => h.HasCadence))
                && figures.Party.Registered >= _partyMembersImported)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        log.LogWarning("Seeded Xinglin, but the city's figures had not caught up after two minutes; they will as events arrive");
    }

    private async Task Import(SeedBatch batch, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelImports, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(batch.Tickets, parallel, async (ticket, _) =>
            await grains.GetGrain<ITicketGrain>(ticket.Id).Import(ticket));
        await Parallel.ForEachAsync(batch.Plans, parallel, async (plan, _) =>
            await grains.GetGrain<IPlanGrain>(plan.Id).Import(plan));
        await Parallel.ForEachAsync(batch.Ledgers, parallel, async (ledger, _) =>
            await grains.GetGrain<ILedgerGrain>(ledger.CompoundId).Import(ledger));
        await Parallel.ForEachAsync(batch.Seals, parallel, async (register, _) =>
            await grains.GetGrain<ISealRegisterGrain>(register.CompoundId).Import(register));
        await Parallel.ForEachAsync(batch.Visits, parallel, async (visits, _) =>
            await grains.GetGrain<IHouseholdRegisterGrain>(visits.Register.CommunityId).Import(visits.Register, visits.Logs));
        await Parallel.ForEachAsync(batch.Communities, parallel, async (community, _) =>
            await grains.GetGrain<ICommunityGrain>(community.Key).ImportActivity(community.Value.Lists, community.Value.Meetings));
        await Parallel.ForEachAsync(batch.ServiceDays, parallel, async (days, _) =>
            await grains.GetGrain<IServiceDaysGrain>(days.Key).Import(days.Value));
        await Parallel.ForEachAsync(batch.RecurringServices, parallel, async (services, _) =>
            await grains.GetGrain<IRecurringServicesGrain>(services.Key).Import(services.Value));
        await Parallel.ForEachAsync(batch.PartyRegisters, parallel, async (register, _) => await ImportPartyRegister(register.Key, register.Value));
    }

    /// <summary>
    /// A database seeded before the party register keeps its teams on the compounds' branches, counted there; its
    /// register is left unseeded rather than count those teams twice.
    /// </summary>
    private async Task ImportPartyRegister(string communityId, PartyRegisterImport register)
    {
        var compounds = register.Teams.Select(t => t.CompoundId).OfType<string>().Distinct();
        var branches = await Task.WhenAll(compounds.Select(id => grains.GetGrain<IBranchGrain>(id).Find()));
        if (branches.Any(b => b?.VanguardTeams.Count > 0))
        {
            log.LogInformation("The branches of {Community} list vanguard teams already; its party register is not seeded", communityId);
            return;
        }

        await grains.GetGrain<IPartyRegisterGrain>(communityId).Import(register, new Domain.Stamp("seed", options.Value.Until ?? clock.GetUtcNow()));
        Interlocked.Add(ref _partyMembersImported, register.Members.Count);
    }
}
