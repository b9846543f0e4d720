using System.Text;

namespace OrleansGovernance.E2E.Tests;

/// <summary>The host's console for people, kept so a test can read what a newcomer would see printed.</summary>
public sealed class ConsoleLines : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }
}
