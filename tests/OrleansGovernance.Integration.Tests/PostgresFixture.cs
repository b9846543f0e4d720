
namespace OrleansGovernance.Integration.Tests;

/// <summary>One throwaway PostgreSQL server for the test run; each test makes its own database on it.</summary>
public sealed class PostgresFixture : PostgresServer, IAsyncLifetime;

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
