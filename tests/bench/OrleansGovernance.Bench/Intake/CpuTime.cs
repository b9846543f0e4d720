using System.Globalization;

namespace OrleansGovernance.Bench.Intake;

/// <summary>
/// CPU time of processes as Linux accounts it (/proc/PID/stat: user + system), to say where the machine's cores went
/// during a measured interval: silos, PostgreSQL (the postmaster and all its backends), the load generator, and the
/// whole machine (/proc/stat, which includes everything else running on it).
/// </summary>
public static class CpuTime
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>CPU seconds used so far by <paramref name="pid"/>, 0 once it is gone.</summary>
    public static double Of(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After the command: state is field 3 (index 0 here); utime and stime are fields 14 and 15.
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>CPU seconds of the PostgreSQL server listening on <paramref name="port"/>: its postmaster and every process it started.</summary>
    public static double OfPostgres(int port)
    {
        var processes = Directory.GetDirectories("/proc").Select(d => Path.GetFileName(d)).Where(n => n.All(char.IsAsciiDigit)).Select(int.Parse).ToList();
        var postmaster = processes.FirstOrDefault(pid => CommandLine(pid) is { } args && args.Contains("postgres") && args.Contains($"-p {port} ", StringComparison.Ordinal));
        return postmaster == 0 ? 0 : Of(postmaster) + processes.Where(pid => Parent(pid) == postmaster).Sum(Of);
    }

    /// <summary>CPU seconds of the whole machine, every core and process, idle excluded.</summary>
    public static double OfMachine()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..].Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal: busy is everything but idle and iowait.
        return (cpu[0] + cpu[1] + cpu[2] + cpu[5] + cpu[6] + cpu[7]) / TicksPerSecond;
    }

    private static string? CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static int Parent(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
