using OrleansGovernance.Persistence.Tests.Facts;

namespace OrleansGovernance.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCompoundFactsSourceTests(PostgresFixture postgres) : CompoundFactsSourceContract
{
    protected override async Task<CompoundFactsStore> Open() => await PostgresCompoundFactsStore.Create(postgres);
}
