using Npgsql;

namespace OrleansGovernance.Testing;

/// <summary>
/// A throwaway PostgreSQL server on a free loopback port with its data in a temporary folder, started for the
/// test run and removed after it. Fails loudly when PostgreSQL is not installed: these tests never skip.
/// The server and initdb refuse to run as root, so when the tests run as root they run them as 'postgres'.
/// </summary>
public class PostgresServer
{
    private readonly string _root = Directory.CreateTempSubdirectory("og-pg-").FullName;
    private string _bin = "";

    public int Port { get; } = FreePorts.Next();

    private string DataDirectory => Path.Combine(_root, "data");

    public async Task InitializeAsync()
    {
        _bin = FindBinaries();
        if (Environment.UserName == "root")
        {
            await ProcessRunner.Run("chown", ["-R", "postgres", _root]);
        }

        await AsServerUser(Path.Combine(_bin, "initdb"), ["-D", DataDirectory, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
        await Start();
    }

    public async Task DisposeAsync()
    {
        await Stop(mode: "immediate");
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>Starts the server (again); data and port are kept, so connections resume where they were.</summary>
    public Task Start() => AsServerUser(Path.Combine(_bin, "pg_ctl"),
    [
        "-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "start",
        "-o", $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on",
    ]);

    /// <summary>Stops the server: "fast" rolls back open transactions and closes connections, "immediate" is a crash.</summary>
    public Task Stop(string mode = "fast") =>
        AsServerUser(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-m", mode, "-w", "stop"]);

    /// <summary>A new, empty database and its connection string.</summary>
    public async Task<string> CreateDatabase()
    {
        var name = $"og_{Guid.NewGuid():N}";
        // Unpooled: a pooled connection may be a dead one from before a test stopped the server.
        await using (var admin = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false"))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=50;Timeout=5;Command Timeout=15";

    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL server binaries were not found under /usr/lib/postgresql/<version>/bin. Install them (apt-get install postgresql) — these tests need a real server and do not skip.");
    }

    private static Task AsServerUser(string file, IEnumerable<string> arguments) =>
        Environment.UserName == "root"
            ? ProcessRunner.Run("runuser", ["-u", "postgres", "--", file, .. arguments], TimeSpan.FromMinutes(2))
            : ProcessRunner.Run(file, arguments, TimeSpan.FromMinutes(2));
}
