using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrleansGovernance.Grains;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.History;
using OrleansGovernance.Persistence.Migrations;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>
/// Indexes and queries that reach into stored rows by JSON member name only find what the rows hold if those names
/// are the pinned ones: every member the SQL of a dialect names must be in the current sample of each kind the same
/// statement filters on (state_name), so a member renamed in the code fails here before it silently empties an index.
/// </summary>
public sealed partial class SqlJsonMemberTests
{
    public static TheoryData<StorageProvider> Dialects => [StorageProvider.Postgres, StorageProvider.Sqlite];

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Every_JSON_member_the_SQL_names_is_in_the_pinned_samples_of_the_kinds_it_reads(StorageProvider dialect)
    {
        var references = Statements(dialect).SelectMany(statement => References(statement.Source, statement.Text)).ToList();

        Assert.Contains(references, reference => reference.Source.EndsWith("_compound_facts_index.sql", StringComparison.Ordinal));
        Assert.Contains(references, reference => reference.Source == nameof(SqlCompoundFactsSource));
        Assert.All(references, reference =>
        {
            var shape = StoredStates.All.Kinds.SingleOrDefault(shape => shape.Kind == reference.Kind);
            Assert.True(shape is not null, $"{reference.Source} filters on state '{reference.Kind}', which no grain stores.");
            var value = reference.Path.Aggregate<string, JsonNode?>(Samples.Current(shape!), (node, member) => node is JsonObject row ? row[member] : null);
            Assert.True(value is not null, $"{reference.Source} reads '{string.Join('.', reference.Path)}' of {reference.Kind} rows, which the pinned {reference.Kind} sample does not hold.");
        });
    }

    private static IEnumerable<(string Source, string Text)> Statements(StorageProvider dialect)
    {
        foreach (var script in SqlScript.For(dialect))
        {
            foreach (var statement in script.Statements())
            {
                yield return (script.Name, statement.Text);
            }
        }

        var postgres = dialect == StorageProvider.Postgres;
        yield return (nameof(SqlCompoundFactsSource), postgres ? PostgresCompoundFactsSql.Read : SqliteCompoundFactsSql.Read);
        yield return (nameof(SqlCompoundFactsSource), postgres ? PostgresCompoundFactsSql.Find : SqliteCompoundFactsSql.Find);
        yield return (nameof(SqlHistoryStore), postgres ? SqlHistoryStore.CompoundsQuery : SqlHistoryStore.SqliteCompoundsQuery);
        if (postgres)
        {
            yield return (nameof(PostgresHistoryBatches), PostgresHistoryBatches.Store);
        }
    }

    /// <summary>
    /// Each (kind, member path) a statement reads: payload -> 'a' ->> 'b' (PostgreSQL) or json_extract(payload,
    /// '$.a.b') (SQLite), for each state name the statement filters on: the names all its filters admit at once
    /// (a query that repeats an index's condition beside a narrower one reads only the narrower kind), or, when no
    /// name is admitted by all (branches of a trigger, statements of a batch), every name any filter admits. A
    /// statement that reads members without saying which states it reads is refused, as its names could not be checked.
    /// </summary>
    private static IEnumerable<(string Source, string Kind, string[] Path)> References(string source, string statement)
    {
        var sql = LineComment().Replace(statement, "");
        var paths = PostgresPath().Matches(sql).Select(match => Quoted().Matches(match.Groups["chain"].Value).Select(member => member.Groups["text"].Value).ToArray())
            .Concat(SqlitePath().Matches(sql).Select(match => match.Groups["path"].Value.Split('.')))
            .ToList();
        if (paths.Count == 0)
        {
            return [];
        }

        var filters = StateFilter().Matches(sql).Select(filter => Quoted().Matches(filter.Value).Select(kind => kind.Groups["text"].Value).ToHashSet()).ToList();
        Assert.True(filters.Count > 0, $"{source} reads JSON members of stored rows without filtering on state_name:\n{statement}");
        var together = filters.Aggregate((kinds, filter) => [.. kinds.Intersect(filter)]);
        var kinds = together.Count > 0 ? together : filters.SelectMany(filter => filter).ToHashSet();
        return kinds.SelectMany(kind => paths.Select(path => (source, kind, path)));
    }

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"payload\s*(?<chain>(?:->>?\s*'[^']*'\s*)+)")]
    private static partial Regex PostgresPath();

    [GeneratedRegex(@"json_extract\(\s*payload\s*,\s*'\$\.(?<path>[^']+)'\s*\)")]
    private static partial Regex SqlitePath();

    [GeneratedRegex(@"state_name\s*(?:=\s*'[^']*'|IN\s*\([^)]*\))", RegexOptions.IgnoreCase)]
    private static partial Regex StateFilter();

    [GeneratedRegex(@"'(?<text>[^']*)'")]
    private static partial Regex Quoted();
}
