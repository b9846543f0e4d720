using System.Text.RegularExpressions;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.Migrations;
using OrleansGovernance.Persistence.Streams;

namespace OrleansGovernance.Persistence.Tests;

public sealed partial class CompoundChangeQueuesTests
{
    [Fact]
    public void The_queue_count_is_the_one_the_postgres_outbox_trigger_divides_compounds_by()
    {
        var script = SqlScript.For(StorageProvider.Postgres).Single(s => s.Name == "0010_compound_change_outbox.sql");

        var divisors = QueueModulo().Matches(script.Text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal([CompoundChangeQueues.Count], divisors);
        Assert.Equal(CompoundChangeQueues.Count, CompoundChangeQueues.For(SqlDialect.Postgres));
        Assert.Equal(1, CompoundChangeQueues.For(SqlDialect.Sqlite));
    }

    [GeneratedRegex(@"hashtext\(compound\) & 2147483647\) % (\d+)")]
    private static partial Regex QueueModulo();
}
