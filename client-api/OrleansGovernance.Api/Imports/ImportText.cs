using System.Security.Cryptography;
using System.Text;

namespace OrleansGovernance.Api.Imports;

/// <summary>
/// A file as text: the SHA-256 of its bytes (how the import journal knows it again) and the encoding that reads all of
/// it. A byte-order mark decides (UTF-8, UTF-16); otherwise the file must decode strictly as UTF-8 or, failing that, as
/// GBK/GB18030 (a 12345 export saved by Excel on a Chinese Windows), every byte of it, or it is refused naming the line
/// where decoding failed. A NUL character means a binary file or UTF-16 without a mark, and is refused too.
/// </summary>
public sealed class ImportText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    private readonly ImportFile _file;
    private readonly Encoding _encoding;
    private readonly int _preamble;

    private ImportText(ImportFile file, Encoding encoding, int preamble, string hash, string encodingName)
    {
        _file = file;
        _encoding = encoding;
        _preamble = preamble;
        Hash = hash;
        EncodingName = encodingName;
    }

    public string Hash { get; }

    public string EncodingName { get; }

    public static ImportText Read(ImportFile file, ImportEncoding choice)
    {
        var (bom, preamble, bomName) = ByteOrderMark(file);
        if (bom is not null)
        {
            return Checked(file, bom, preamble, bomName)!;
        }

        return choice switch
        {
            ImportEncoding.Utf8 => Checked(file, StrictUtf8, 0, "utf-8")!,
            ImportEncoding.Gbk => Checked(file, Gbk(), 0, "gb18030")!,
            _ => Checked(file, StrictUtf8, 0, "utf-8", orElse: true) ?? Checked(file, Gbk(), 0, "gb18030")!,
        };
    }

    /// <summary>The text from its first character (after any byte-order mark).</summary>
    public TextReader Open()
    {
        var stream = _file.Open();
        stream.Seek(_preamble, SeekOrigin.Begin);
        return new StreamReader(stream, _encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
    }

    private static Encoding Gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static (Encoding? Encoding, int Preamble, string Name) ByteOrderMark(ImportFile file)
    {
        using var stream = file.Open();
        Span<byte> head = stackalloc byte[3];
        var read = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        return head[..read] switch
        {
            [0xEF, 0xBB, 0xBF] => (StrictUtf8, 3, "utf-8"),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, throwOnInvalidBytes: true), 2, "utf-16le"),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, throwOnInvalidBytes: true), 2, "utf-16be"),
            _ => (null, 0, ""),
        };
    }

    /// <summary>
    /// Hashes the file and decodes every byte of it, refusing it at the first byte the encoding cannot read (or, with
    /// <paramref name="orElse"/>, answering null so the next encoding may try).
    /// </summary>
    private static ImportText? Checked(ImportFile file, Encoding encoding, int preamble, string name, bool orElse = false)
    {
        using var stream = file.Open();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = encoding.GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        var line = 1;
        var skip = preamble;
        int read;
        while ((read = stream.Read(bytes)) > 0)
        {
            hash.AppendData(bytes, 0, read);
            var text = bytes.AsSpan(0, read)[Math.Min(skip, read)..];
            skip = Math.Max(0, skip - read);
            line = Decode(decoder, text, chars, line, flush: false, name, orElse);
            if (line < 0)
            {
                return null;
            }
        }

        if (Decode(decoder, [], chars, line, flush: true, name, orElse) < 0)
        {
            return null;
        }

        return new ImportText(file, encoding, preamble, Convert.ToHexStringLower(hash.GetHashAndReset()), name);
    }

    /// <summary>The line reached after the bytes, or -1 when they cannot be read and another encoding may try.</summary>
    private static int Decode(Decoder decoder, ReadOnlySpan<byte> bytes, char[] chars, int line, bool flush, string name, bool orElse)
    {
        int count;
        try
        {
            count = decoder.GetChars(bytes, chars, flush);
        }
        catch (DecoderFallbackException) when (orElse)
        {
            return -1;
        }
        catch (DecoderFallbackException)
        {
            throw new ImportRefusedException(line, $"the file cannot be read as {name} (at line {line}); save it as UTF-8 or GBK.");
        }

        var text = chars.AsSpan(0, count);
        if (text.Contains('\0'))
        {
            throw new ImportRefusedException(line, "the file holds NUL characters: it is not text, or it is UTF-16 without a byte-order mark; save it as UTF-8 or GBK.");
        }

        return line + text.Count('\n');
    }
}
