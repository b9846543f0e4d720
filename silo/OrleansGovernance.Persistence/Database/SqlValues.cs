using System.Data;
using System.Data.Common;
using System.Globalization;

namespace OrleansGovernance.Persistence.Database;

/// <summary>Parameters and times for the API's own tables, the same on PostgreSQL and SQLite.</summary>
public static class SqlValues
{
    /// <summary>
    /// Adds a parameter; give <paramref name="type"/> where the value may be null, since PostgreSQL cannot infer the
    /// type of a parameter that is only compared with NULL.
    /// </summary>
    public static void Add(DbCommand command, string name, object? value, DbType? type = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (type is { } known)
        {
            parameter.DbType = known;
        }

        command.Parameters.Add(parameter);
    }

    /// <summary>A time as the dialect stores it: timestamptz, or ISO-8601 UTC text (SQLite has no timestamp type; the text sorts in time order).</summary>
    public static object Time(SqlDialect dialect, DateTimeOffset at) =>
        dialect == SqlDialect.Postgres ? at.UtcDateTime : at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>A time read back from either dialect.</summary>
    public static DateTimeOffset ReadTime(object value) => value switch
    {
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => throw new InvalidOperationException($"a stored time has the unexpected type {value.GetType()}"),
    };
}
