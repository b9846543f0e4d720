using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using OrleansGovernance.Testing;
using Xunit.Abstractions;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// The host's import command against a PostgreSQL cluster: places through a silo the command adds to the cluster,
/// 20,000 historical requests straight into storage, the import killed with SIGKILL half-way and run again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class HistoryImportTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const string City = "xiamen";
    private const string Community = "xiamen.jimei.xinglin.fangzhi";
    private const int Compounds = 20;
    private const int Requests = 20_000;

    [Fact]
    public async Task A_killed_import_resumes_after_its_last_batch_ends_with_every_level_exact_and_a_rerun_imports_nothing()
    {
        var connectionString = await postgres.CreateDatabase();
        await using var cluster = await SiloCluster.Start(connectionString, size: 1, seed: false);
        using var api = new Api(cluster.Front.BaseAddress);
        var folder = Directory.CreateTempSubdirectory("og-import-");
        var places = Path.Combine(folder.FullName, "places.csv");
        var requests = Path.Combine(folder.FullName, "requests.csv");
        await File.WriteAllTextAsync(places, PlacesFile());
        await File.WriteAllBytesAsync(requests, RequestsFile());

        var defined = await Import(cluster, "places", places);
        output.WriteLine(defined.Output);
        Assert.Equal(0, defined.Exit);

        // Killed once some batches committed and before the last: what committed stays, nothing half-written.
        using (var killed = Start(cluster, "requests", requests, "--batch", "500"))
        {
            var committed = await Eventually.Until(() => Journal(connectionString), line => line.Committed > 0 || killed.HasExited, TimeSpan.FromMinutes(2));
            killed.Kill();
            await killed.WaitForExitAsync();
            Assert.True(committed.Finished is false, "the import finished before it could be killed");
        }

        var atKill = await Journal(connectionString);
        Assert.Equal(atKill.Imported, await TicketRows(connectionString));
        Assert.InRange(atKill.Imported, 1, Requests - 1);

        var resumed = await Import(cluster, "requests", requests, "--batch", "500");
        output.WriteLine(resumed.Output);
        Assert.Equal(0, resumed.Exit);
        Assert.Contains($"resumed after line {atKill.Committed}", resumed.Output, StringComparison.Ordinal);
        Assert.Equal(Requests, await TicketRows(connectionString));

        var (served, recomputed) = await Eventually.Until(
            async () => await DurableFigures.Compare(connectionString, City, await api.JsonOnceAnswered($"/api/v1/regions/{City}/summary")),
            compared => compared.Served == compared.Recomputed,
            TimeSpan.FromSeconds(60));
        Assert.Equal(recomputed, served);
        Assert.Contains($"\"submitted\":{Requests}", served.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var again = await Import(cluster, "requests", requests);
        Assert.Equal(0, again.Exit);
        Assert.Contains("already imported", again.Output, StringComparison.Ordinal);
        Assert.Equal(Requests, await TicketRows(connectionString));
        folder.Delete(recursive: true);
    }

    private static string PlacesFile()
    {
        var lines = new StringBuilder("kind,id,name,name_zh,level,households\n")
            .Append("region,xiamen,Xiamen,厦门市,city,\n")
            .Append("region,xiamen.jimei,Jimei,集美区,district,\n")
            .Append("region,xiamen.jimei.xinglin,Xinglin,杏林街道,subdistrict,\n")
            .Append(CultureInfo.InvariantCulture, $"community,{Community},Fangzhi,纺织社区,,\n");
        for (var i = 0; i < Compounds; i++)
        {
            lines.Append(CultureInfo.InvariantCulture, $"compound,{Community}.court-{i:00},Court {i},第{i}小区,,{100 + i}\n");
        }

        return lines.ToString();
    }

    /// <summary>A hotline export in GBK: every fourth request still open, the others settled, half of those rated.</summary>
    private static byte[] RequestsFile()
    {
        var lines = new StringBuilder("工单编号,受理时间,诉求类别,小区,渠道,首次响应时间,办结时间,满意度,联系电话\r\n");
        var start = new DateTime(2024, 1, 1, 8, 0, 0);
        string[] categories = ["噪音扰民", "垃圾清运", "电动车进电梯", "道路破损", "其他"];
        string[] ratings = ["非常满意", "满意", "基本满意", "不满意", "非常不满意"];
        for (var i = 0; i < Requests; i++)
        {
            var filed = start.AddMinutes(i * 37);
            var open = i % 4 == 0;
            lines.Append(CultureInfo.InvariantCulture,
                $"H{i:000000},{filed:yyyy-MM-dd HH:mm:ss},{categories[i % 5]},第{i % Compounds}小区,12345热线,{(i % 8 == 1 ? "" : filed.AddMinutes(3 + i % 10).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))},"
                + $"{(open ? "" : filed.AddHours(20 + i % 100).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))},{(open || i % 2 == 0 ? "" : ratings[i % 5])},1380000{i % 10000:0000}\r\n");
        }

        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding("GBK").GetBytes(lines.ToString());
    }

    private static Process Start(SiloCluster cluster, params string[] arguments)
    {
        var dll = ServiceProcess.BuiltAssembly("silo/OrleansGovernance.Silo");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("import");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A silo of its own beside the cluster's, for the places, which go through their grains.
        foreach (var (key, value) in cluster.Front.Settings.Sibling().Environment())
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("the import command did not start");
    }

    private static async Task<(int Exit, string Output)> Import(SiloCluster cluster, params string[] arguments)
    {
        using var process = Start(cluster, arguments);
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var text = await standardOutput;
        return (process.ExitCode, process.ExitCode == 0 ? text : text + await standardError);
    }

    private static async Task<(int Committed, long Imported, bool Finished)> Journal(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT committed_line, imported, finished_at IS NOT NULL FROM governance_import_journal", connection);
        await using var reader = await query.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetInt32(0), reader.GetInt64(1), reader.GetBoolean(2)) : (0, 0, false);
    }

    private static async Task<long> TicketRows(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM orleans_grain_state WHERE state_name = 'ticket'", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
