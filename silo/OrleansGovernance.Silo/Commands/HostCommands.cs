using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Silo.Commands;

/// <summary>
/// The host's commands (<c>token</c>, <c>api-key</c>, <c>migrate</c>, <c>import</c>): each prints only its result on standard output,
/// so a script can capture it, and everything the host logs on the way goes to standard error.
/// </summary>
public static class HostCommands
{
    public static bool Matches(IReadOnlyList<string> args) => args is ["token", ..] or ["api-key", ..] or ["migrate", ..] or ["import", ..];

    /// <summary>
    /// Whether the command needs the silo running (an import of places, through their grains). Such a host serves no
    /// HTTP on a known port and seeds nothing: it is there for the grains alone.
    /// </summary>
    public static bool NeedsSilo(IReadOnlyList<string> args, ConfigurationManager configuration)
    {
        if (!ImportCommand.NeedsSilo(args))
        {
            return false;
        }

        configuration["Urls"] = "http://127.0.0.1:0";
        configuration["Seed:Enabled"] = "false";
        return true;
    }

    public static void LogToStandardError(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    /// <summary>Runs the command and returns the process exit code.</summary>
    public static Task<int> Run(IServiceProvider services, string[] args, TextWriter output, TextWriter error) => args switch
    {
        ["token", .. var tokenArgs] => Task.FromResult(TokenCommand.Run(tokenArgs, services.GetRequiredService<AccessTokens>(), output, error)),
        ["migrate", ..] => MigrateCommand.Run(services, output, error),
        ["import", ..] => ImportCommand.Run(services, args, output, error),
        _ => ApiKeyCommand.Run(services, args, output, error),
    };
}
