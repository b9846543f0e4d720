using System.Text.RegularExpressions;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Dashboard;
using OrleansGovernance.Domain.Ledger;
using OrleansGovernance.Domain.Seals;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.E2E.Tests;

/// <summary>Chinese first: every word the dashboard shows through <see cref="Texts.T"/> has a Chinese entry.</summary>
public sealed partial class TextsTests
{
    [Fact]
    public void Every_word_in_the_dashboard_markup_and_every_name_it_translates_has_a_Chinese_entry()
    {
        var dashboard = Path.Combine(RepositoryRoot(), "client-api", "OrleansGovernance.Api", "Dashboard");
        var written = Directory.EnumerateFiles(dashboard, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => Literal().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value));
        var named = Roles.All
            .Concat(Enum.GetNames<PlaceKind>().Select(k => k.ToLowerInvariant()))
            .Concat(Enum.GetNames<ClaimingParty>())
            .Concat(Enum.GetNames<TicketCategory>())
            .Concat(Enum.GetValues<TicketStatus>().Where(s => s.IsOpen()).Select(s => s.ToString()))
            .Concat(Enum.GetNames<LedgerCategory>())
            .Concat(Enum.GetNames<EntryStatus>())
            .Concat(Enum.GetNames<ApprovingParty>())
            .Concat(Enum.GetNames<SealRequestStatus>())
            .Concat(Enum.GetNames<SealAction>())
            .Concat(Enum.GetNames<DayOfWeek>())
            .Concat(["Held", "Missed", "Scheduled"]);

        var missing = written.Concat(named).Distinct().Where(word => !Texts.Chinese.ContainsKey(word));

        Assert.Equal("", string.Join(", ", missing));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OrleansGovernance.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("the tests run outside the repository");
    }

    [GeneratedRegex("""\bT\("([^"]+)"\)""")]
    private static partial Regex Literal();
}
