using System.Text;

namespace OrleansGovernance.Api.Imports;

/// <summary>One record of a CSV file: the line it starts on (quoted fields may span lines) and its fields.</summary>
public readonly record struct CsvRecord(int Line, string[] Fields);

/// <summary>
/// RFC 4180 records, read as they stream past: fields separated by commas (or by tabs, when the header line has tabs
/// and no comma, as Excel's "Unicode text" saves), quoted with double quotes that double inside, CR LF or LF line ends.
/// Blank lines are skipped. A quote that never closes refuses the file at the line it opened.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var buffer = new char[1 << 16];
        var length = reader.Read(buffer);
        var position = 0;
        var delimiter = Delimiter(buffer.AsSpan(0, length));
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var closedQuote = false;
        var any = false;
        while (true)
        {
            if (position == length)
            {
                length = reader.Read(buffer);
                position = 0;
                if (length == 0)
                {
                    break;
                }
            }

            var c = buffer[position++];
            if (quoted)
            {
                if (c == '"')
                {
                    quoted = false;
                    closedQuote = true;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            if (closedQuote && c == '"')
            {
                field.Append('"');
                quoted = true;
                closedQuote = false;
                continue;
            }

            closedQuote = false;
            if (c == '"' && field.Length == 0)
            {
                quoted = true;
                any = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                any = true;
            }
            else if (c == '\n')
            {
                if (any || field.Length > 0)
                {
                    fields.Add(field.ToString());
                    yield return new CsvRecord(start, [.. fields]);
                }

                fields.Clear();
                field.Clear();
                any = false;
                start = ++line;
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new ImportRefusedException(start, $"a quoted field opened on line {start} is never closed.");
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(start, [.. fields]);
        }
    }

    private static char Delimiter(ReadOnlySpan<char> head)
    {
        var end = head.IndexOf('\n');
        var header = end < 0 ? head : head[..end];
        return header.Contains('\t') && !header.Contains(',') ? '\t' : ',';
    }
}
