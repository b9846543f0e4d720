using System.Text;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Domain.Tests.Plans;

/// <summary>Evidence is told by its first bytes, whatever name or type the client gives it.</summary>
public sealed class EvidenceKindsTests
{
    public static TheoryData<byte[], string?> Heads => new()
    {
        { [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], EvidenceKinds.Jpeg },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], EvidenceKinds.Png },
        { Encoding.ASCII.GetBytes("RIFF\x24\x00\x00\x00WEBPVP8 "), EvidenceKinds.WebP },
        { Encoding.ASCII.GetBytes("%PDF-1.7\n"), EvidenceKinds.Pdf },
        { Encoding.ASCII.GetBytes("<html><script>alert(1)</script>"), null },
        { Encoding.ASCII.GetBytes("RIFF\x24\x00\x00\x00WAVEfmt "), null },
        { Encoding.ASCII.GetBytes("GIF89a"), null },
        { [0xFF, 0xD8], null },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void The_kind_is_the_one_the_bytes_show(byte[] head, string? kind)
    {
        Assert.Equal(kind, EvidenceKinds.Sniff(head));
    }

    [Theory]
    [InlineData("C:\\photos\\screen.jpg", "screen.jpg")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("a\"b\r\n.png", "ab.png")]
    [InlineData("", "evidence.pdf")]
    public void A_file_name_keeps_its_last_segment_without_quotes_or_control_characters(string sent, string kept)
    {
        Assert.Equal(kept, EvidenceKinds.SafeFileName(sent, sent.Length == 0 ? EvidenceKinds.Pdf : EvidenceKinds.Png));
    }
}
