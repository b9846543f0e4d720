using System.Data.Common;

namespace OrleansGovernance.Persistence.Database;

public static class PostgresConnectionStrings
{
    /// <summary>
    /// Lets Npgsql prepare the statements a process sends over and over (the grain state read and write, the facts
    /// reads, the audit insert): PostgreSQL then parses and plans each once per connection instead of on every call,
    /// which is most of its CPU for statements this small. An explicit setting in the connection string wins.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!builder.ContainsKey("Max Auto Prepare") && !builder.ContainsKey("MaxAutoPrepare"))
        {
            builder["Max Auto Prepare"] = 64;
        }

        return builder.ConnectionString;
    }
}
