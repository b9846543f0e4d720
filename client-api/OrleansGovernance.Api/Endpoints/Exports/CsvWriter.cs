using System.Globalization;
using System.Text;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Endpoints.Exports;

/// <summary>
/// Writes RFC 4180 CSV (CRLF line ends, quoted where needed) in UTF-8 with a byte-order mark, which is what makes
/// Excel read Chinese text correctly. Times are ISO-8601 in China time, as the people who open the files count them.
/// </summary>
internal sealed class CsvWriter(Stream output) : IAsyncDisposable
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);

    public static string? Time(DateTimeOffset? at) =>
        at is { } value ? ChinaTime.ToChina(value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public Task WriteRow(params IReadOnlyList<string?> cells)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Cell(cells[i] ?? ""));
        }

        return _writer.WriteAsync(line.Append("\r\n"));
    }

    /// <summary>Sends what is written so far, so a long export reaches the client page by page.</summary>
    public Task Flush() => _writer.FlushAsync();

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private static string Cell(string value)
    {
        // A spreadsheet runs a cell that starts like a formula (CSV injection); the apostrophe makes it text. A plain
        // negative number (a reversed amount) runs nothing and must stay a number.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNegativeNumber(value))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private static bool IsPlainNegativeNumber(string value) =>
        value.Length > 1 && value[0] == '-' && value.AsSpan(1).IndexOfAnyExcept("0123456789.") < 0 && value.Count(c => c == '.') <= 1 && char.IsAsciiDigit(value[1]);
}
