namespace OrleansGovernance.Persistence.Database;

/// <summary>Which SQL the project's own tables are written in.</summary>
public enum SqlDialect
{
    Postgres,
    Sqlite,
}
