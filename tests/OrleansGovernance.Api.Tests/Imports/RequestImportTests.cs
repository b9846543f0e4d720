using System.Text;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Api.Imports;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Tests.Imports;

/// <summary>Historical requests read, validated and written through the history store, without a database.</summary>
public sealed class RequestImportTests
{
    private const string Hualing = "xiamen.jimei.xinglin.fangzhi.hualing-garden";
    private const string Header = "工单编号,受理时间,诉求类别,小区,渠道,首次响应时间,办结时间,满意度,联系电话";

    private static readonly CompoundEntry[] Compounds =
    [
        new(Hualing, "Hualing Garden", "华铃花园"),
        new("xiamen.jimei.xinglin.fangzhi.garden", "Garden", "花园"),
        new("xiamen.jimei.xinglin.ningbao.xiaoqu-05", "Xiaoqu 5", "五号小区"),
        new("xiamen.jimei.xinglin.lianting.xiaoqu-05", "Xiaoqu 5 Lianting", "五号小区"),
    ];

    private readonly MemoryHistoryStore _store = new(Compounds);

    private static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private Task<ImportReport> Import(byte[] content, ImportSettings? settings = null) =>
        new HistoryImport(_store, ServiceLevelPolicy.Default).Run(ImportFile.Of("requests.csv", content), settings ?? new ImportSettings(), null, CancellationToken.None);

    [Fact]
    public async Task A_hotline_export_in_GBK_with_Chinese_words_becomes_tickets_in_their_final_state()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK").GetBytes(string.Join("\r\n",
            Header,
            "A001,2023-10-12 08:30:15,噪音扰民,华铃花园,12345热线,2023-10-12 08:33:00,2023-10-13 10:00:00,非常满意,13800001234",
            "A002,2023/10/12 9:30:15,电动车进电梯,集美区杏林街道华铃花园3栋,物业,,,,") + "\r\n");

        var report = await Import(gbk);

        Assert.Equal("gb18030", report.Encoding);
        Assert.Empty(report.Refusals);
        Assert.Equal(2, report.Imported);
        var settled = _store.Tickets.Values.Single(t => t.Category == TicketCategory.Noise);
        Assert.Equal((TicketStatus.Rated, SatisfactionLevel.VerySatisfied, Hualing), (settled.Status, settled.Rating, settled.CompoundId));
        Assert.Equal(TicketChannel.Hotline, settled.Channel);
        Assert.Equal(new DateTimeOffset(2023, 10, 12, 8, 33, 0, TimeSpan.FromHours(8)), settled.RespondedAt);
        Assert.Equal("13800001234", settled.Reporter?.Phone);
        var open = _store.Tickets.Values.Single(t => t.Category == TicketCategory.EbikeInLift);
        Assert.Equal((TicketStatus.Submitted, TicketChannel.PropertyOffice, Hualing), (open.Status, open.Channel, open.CompoundId));
        Assert.Equal(new Dictionary<string, int> { [Hualing] = 2 }, _store.Told);
    }

    [Fact]
    public async Task A_UTF8_byte_order_mark_is_read_past_and_English_headers_are_taken()
    {
        var content = Encoding.UTF8.GetPreamble().Concat(Utf8(
            "source_id,filed_at,category,compound,rating,settled_at,first_response_at",
            $"B1,2024-01-02T03:04:05Z,noise,{Hualing},satisfied,2024-01-03 10:00,2024-01-02 12:00")).ToArray();

        var report = await Import(content);

        Assert.Equal(("utf-8", 1L), (report.Encoding, report.Imported));
        Assert.Equal(SatisfactionLevel.Satisfied, _store.Tickets.Values.Single().Rating);
    }

    [Theory]
    [InlineData("utf-16 without a mark")]
    [InlineData("binary")]
    public async Task A_file_that_is_not_text_in_UTF8_or_GBK_is_refused_whole(string kind)
    {
        var content = kind == "binary"
            ? [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xD8]
            : Encoding.Unicode.GetBytes(Header + "\r\nA001,2023-10-12 08:30:15,噪音,华铃花园,,,,,\r\n");

        var report = await Import(content);

        Assert.False(report.Written);
        Assert.Empty(_store.Tickets);
        Assert.Contains(report.Refusals, r => r.Reason.Contains("UTF-8 or GBK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_required_column_refuses_the_file_naming_the_column()
    {
        var report = await Import(Utf8("工单编号,诉求类别,小区", "A001,噪音,华铃花园"));

        Assert.Equal(1, Assert.Single(report.Refusals).Line);
        Assert.Contains("受理时间/filed_at", report.Refusals[0].Reason, StringComparison.Ordinal);
        Assert.Empty(_store.Tickets);
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_line_and_reason_and_nothing_is_imported_unless_asked_to_skip_them()
    {
        var lines = new[]
        {
            Header,
            "A001,2023-10-12 08:30:15,噪音,华铃花园,热线,,,,",
            "A002,2023-13-45 08:30:15,噪音,华铃花园,热线,,,,",
            "A003,2023-10-12 08:30:15,噪音,不存在小区,热线,,,,",
            "A004,2023-10-12 08:30:15,噪音,五号小区,热线,,,,",
            "A001,2023-10-12 10:30:15,噪音,华铃花园,热线,,,,",
            "A005,2023-10-12 08:30:15,噪音,华铃花园,热线,,,很好,",
            "A006,2023-10-12 08:30:15,噪音,华铃花园,热线,,,满意,",
            "A007,2023-10-12 08:30:15,噪音,华铃花园,热线,2023-10-12 08:00:00,2023-10-13 08:00:00,,",
            "A008,2023-10-12 08:30:15,噪音,华铃花园,热线,,,,12ab",
            "A009,2023-10-12 08:30:15,没有的类别,华铃花园,热线,,,,",
        };

        var report = await Import(Utf8(lines));

        Assert.False(report.Written);
        Assert.Empty(_store.Tickets);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 11], report.Refusals.Select(r => r.Line));
        Assert.Contains("is not a time", report.Refusals[0].Reason, StringComparison.Ordinal);
        Assert.Contains("names no compound", report.Refusals[1].Reason, StringComparison.Ordinal);
        Assert.Contains("2 compounds are named", report.Refusals[2].Reason, StringComparison.Ordinal);
        Assert.Contains("as line 2", report.Refusals[3].Reason, StringComparison.Ordinal);
        Assert.Contains("rating", report.Refusals[4].Reason, StringComparison.Ordinal);
        Assert.Contains("only a settled request is rated", report.Refusals[5].Reason, StringComparison.Ordinal);
        Assert.Contains("cannot precede", report.Refusals[6].Reason, StringComparison.Ordinal);
        Assert.Contains("phone", report.Refusals[7].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("12ab", report.Refusals[7].Reason, StringComparison.Ordinal);
        Assert.Contains("category", report.Refusals[8].Reason, StringComparison.Ordinal);

        var skipping = await Import(Utf8(lines), new ImportSettings(SkipInvalid: true));

        Assert.True(skipping.Written);
        Assert.Equal(1, skipping.Imported);
        Assert.Equal("A001", _store.Tickets.Values.Single().History[0].Note?[5..]);
    }

    [Theory]
    [InlineData("非常满意", SatisfactionLevel.VerySatisfied)]
    [InlineData("基本满意", SatisfactionLevel.BasicallySatisfied)]
    [InlineData("不满意", SatisfactionLevel.Dissatisfied)]
    [InlineData("非常不满意", SatisfactionLevel.VeryDissatisfied)]
    [InlineData("4", SatisfactionLevel.Satisfied)]
    [InlineData("very-satisfied", SatisfactionLevel.VerySatisfied)]
    public void Rating_words_map_to_the_five_levels(string word, SatisfactionLevel level) =>
        Assert.Equal(level, ImportWords.Rating(word));

    [Fact]
    public async Task The_same_file_again_writes_nothing_and_another_file_with_the_same_requests_stores_none_twice()
    {
        var first = Utf8(Header, "A001,2023-10-12 08:30:15,噪音,华铃花园,热线,,,,", "A002,2023-10-12 09:30:15,噪音,华铃花园,热线,,,,");
        await Import(first);

        var again = await Import(first);
        var overlapping = await Import(Utf8(Header, "A002,2023-10-12 09:30:15,噪音,华铃花园,热线,,,,", "A003,2023-10-12 10:30:15,噪音,华铃花园,热线,,,,"));

        Assert.True(again.AlreadyImported);
        Assert.Equal((1L, 1L), (overlapping.Imported, overlapping.Unchanged));
        Assert.Equal(3, _store.Tickets.Count);
    }

    [Fact]
    public async Task An_interrupted_import_resumes_after_the_last_committed_batch()
    {
        var rows = Enumerable.Range(1, 25).Select(i => $"C{i},2023-10-12 08:{i:00}:00,噪音,华铃花园,热线,,,,");
        var content = Utf8([Header, .. rows]);
        await Import(content, new ImportSettings(BatchSize: 10));
        var hash = _store.Journals.Keys.Single();

        // As if killed after the first batch: the second and third never committed.
        _store.Journals[hash] = _store.Journals[hash] with { CommittedLine = 11, Imported = 10, FinishedAt = null };
        foreach (var late in _store.Tickets.Values.Where(t => t.History[0].Note is { } note && int.Parse(note[6..], System.Globalization.CultureInfo.InvariantCulture) > 10).ToList())
        {
            _store.Tickets.Remove(late.Id);
        }

        var resumed = await Import(content, new ImportSettings(BatchSize: 10));

        Assert.Equal((11, 25L, 0L), (resumed.ResumedAfterLine, resumed.Imported, resumed.Unchanged));
        Assert.Equal(25, _store.Tickets.Count);
    }
}
