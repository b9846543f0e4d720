namespace OrleansGovernance.Persistence.Tests.Facts;

public sealed class SqliteCompoundFactsSourceTests : CompoundFactsSourceContract
{
    protected override async Task<CompoundFactsStore> Open() => await SqliteCompoundFactsStore.Create();
}
