using System.Text;
using System.Text.RegularExpressions;

namespace OrleansGovernance.Persistence.Migrations;

/// <summary>
/// Splits a script into statements at semicolons that stand outside quotes, comments, PostgreSQL dollar-quoted
/// bodies and the BEGIN … END body of a SQLite CREATE TRIGGER, so each statement can run (and fail) on its own.
/// </summary>
public static partial class SqlSplitter
{
    public static IReadOnlyList<SqlStatement> Split(string script)
    {
        var statements = new List<SqlStatement>();
        var current = new StringBuilder();
        var line = 1;
        var startLine = 1;
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (current.Length == 0 && char.IsWhiteSpace(c))
            {
                line += c == '\n' ? 1 : 0;
                startLine = line;
                i++;
                continue;
            }

            var end = c switch
            {
                '\'' or '"' => EndOfQuoted(script, i, c),
                '-' when Next(script, i) == '-' => EndOfLine(script, i),
                '/' when Next(script, i) == '*' => EndOfBlockComment(script, i),
                '$' when DollarTag(script, i) is { } tag => EndOfDollarQuoted(script, i, tag),
                _ => i + 1,
            };
            if (c == ';' && !InsideTriggerBody(current))
            {
                Flush(statements, current, startLine);
            }
            else
            {
                current.Append(script, i, end - i);
            }

            line += CountLines(script, i, end);
            i = end;
            if (current.Length == 0)
            {
                startLine = line;
            }
        }

        Flush(statements, current, startLine);
        return statements;
    }

    private static void Flush(List<SqlStatement> statements, StringBuilder current, int startLine)
    {
        var text = current.ToString().Trim();
        if (text.Length > 0 && !IsOnlyComments(text))
        {
            statements.Add(new SqlStatement(startLine, text));
        }

        current.Clear();
    }

    /// <summary>A SQLite trigger's body holds statements of its own; only the semicolon after its END ends the trigger.</summary>
    private static bool InsideTriggerBody(StringBuilder current)
    {
        var text = current.ToString().TrimStart();
        return text.StartsWith("CREATE TRIGGER", StringComparison.OrdinalIgnoreCase)
            && TriggerBodyStart().IsMatch(text)
            && !text.TrimEnd().EndsWith("END", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsOnlyComments(string text) =>
        text.Split('\n').All(l => l.TrimStart().StartsWith("--", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(l));

    private static char Next(string s, int i) => i + 1 < s.Length ? s[i + 1] : '\0';

    private static int EndOfQuoted(string s, int start, char quote)
    {
        var i = start + 1;
        while (i < s.Length)
        {
            if (s[i] == quote)
            {
                if (Next(s, i) == quote)
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        throw new FormatException($"unterminated {quote} quote starting at offset {start}.");
    }

    private static int EndOfLine(string s, int start)
    {
        var newline = s.IndexOf('\n', start);
        return newline < 0 ? s.Length : newline;
    }

    private static int EndOfBlockComment(string s, int start)
    {
        var close = s.IndexOf("*/", start + 2, StringComparison.Ordinal);
        return close < 0 ? throw new FormatException($"unterminated block comment at offset {start}.") : close + 2;
    }

    /// <summary>$$ or $tag$ at <paramref name="i"/>, or null where the dollar sign is something else (e.g. a positional parameter).</summary>
    private static string? DollarTag(string s, int i)
    {
        var j = i + 1;
        while (j < s.Length && (char.IsAsciiLetterOrDigit(s[j]) || s[j] == '_'))
        {
            j++;
        }

        return j < s.Length && s[j] == '$' && (j == i + 1 || !char.IsAsciiDigit(s[i + 1])) ? s[i..(j + 1)] : null;
    }

    private static int EndOfDollarQuoted(string s, int start, string tag)
    {
        var close = s.IndexOf(tag, start + tag.Length, StringComparison.Ordinal);
        return close < 0 ? throw new FormatException($"unterminated {tag} body at offset {start}.") : close + tag.Length;
    }

    private static int CountLines(string s, int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            count += s[k] == '\n' ? 1 : 0;
        }

        return count;
    }

    [GeneratedRegex(@"\bBEGIN\b", RegexOptions.IgnoreCase)]
    private static partial Regex TriggerBodyStart();
}
