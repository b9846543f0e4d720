using System.Globalization;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Silo.Commands;

/// <summary>
/// <c>token --role &lt;role&gt; [--scope &lt;place id&gt;]... [--subject &lt;id&gt;] [--name &lt;display name&gt;] [--hours &lt;n&gt;]</c>:
/// prints a bearer token for local use. The display name is what histories show people (e.g. --name 李建溪).
/// </summary>
internal static class TokenCommand
{
    public const string Usage =
        "usage: token --role <viewer|resident|staff|plan-owner|admin> [--scope <place id>]... [--subject <id>] [--name <display name>] [--hours <n>]";

    public static int Run(IReadOnlyList<string> args, AccessTokens tokens, TextWriter output, TextWriter error)
    {
        string? role = null;
        string? subject = null;
        string? name = null;
        TimeSpan? lifetime = null;
        var scopes = new List<string>();
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i], value)
            {
                case (_, null):
                    return Fail(error, $"'{args[i]}' needs a value.");
                case ("--role", _):
                    role = value;
                    break;
                case ("--scope", _):
                    scopes.Add(value);
                    break;
                case ("--subject", _):
                    subject = value;
                    break;
                case ("--name", _):
                    name = value;
                    break;
                case ("--hours", _) when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) && hours > 0:
                    lifetime = TimeSpan.FromHours(hours);
                    break;
                default:
                    return Fail(error, $"'{args[i]} {value}' is not understood.");
            }
        }

        if (role is null)
        {
            return Fail(error, "--role is required.");
        }

        try
        {
            output.WriteLine(tokens.Issue(role, scopes, subject, lifetime, name));
            return 0;
        }
        catch (DomainRuleException refused)
        {
            return Fail(error, refused.Message);
        }
    }

    private static int Fail(TextWriter error, string why)
    {
        error.WriteLine(why);
        error.WriteLine(Usage);
        return 2;
    }
}
