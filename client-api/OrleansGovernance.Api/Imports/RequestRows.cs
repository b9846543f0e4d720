using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Imports;

/// <summary>
/// The historical-requests layout (docs/import.md), close to a 12345 hotline export, and how a row becomes a ticket in
/// its final state: built through the ticket's own steps (filed, answered, claimed, settled, rated) at the times the
/// row gives, so it is a ticket the platform could have recorded itself, with limits from the configured policy.
/// </summary>
public sealed class RequestRows(ImportColumns columns, CompoundDirectory compounds, ServiceLevelPolicy policy)
{
    /// <summary>Who the imported steps are recorded as.</summary>
    public const string Importer = "import";

    public static readonly ImportColumn SourceId = new("source_id", true, "工单编号", "工单号", "编号", "external_id");
    public static readonly ImportColumn FiledAt = new("filed_at", true, "受理时间", "来电时间", "登记时间", "filed");
    public static readonly ImportColumn Category = new("category", true, "诉求类别", "诉求分类", "问题分类", "类别");
    public static readonly ImportColumn Compound = new("compound", false, "小区", "小区名称");
    public static readonly ImportColumn Address = new("address", false, "地址", "诉求地址", "事发地址");
    public static readonly ImportColumn Channel = new("channel", false, "渠道", "来源", "来源渠道");
    public static readonly ImportColumn Description = new("description", false, "诉求内容", "内容", "问题描述");
    public static readonly ImportColumn FirstResponseAt = new("first_response_at", false, "首次响应时间", "响应时间", "签收时间");
    public static readonly ImportColumn HandledBy = new("handled_by", false, "承办单位", "办理单位");
    public static readonly ImportColumn SettledAt = new("settled_at", false, "办结时间", "完成时间");
    public static readonly ImportColumn Rating = new("rating", false, "满意度", "评价");
    public static readonly ImportColumn ReporterName = new("reporter_name", false, "联系人", "来电人");
    public static readonly ImportColumn ReporterPhone = new("reporter_phone", false, "联系电话", "来电号码", "phone");

    public static IReadOnlyList<ImportColumn> Layout { get; } =
        [SourceId, FiledAt, Category, Compound, Address, Channel, Description, FirstResponseAt, HandledBy, SettledAt, Rating, ReporterName, ReporterPhone];

    public static RequestRows Of(CsvRecord header, CompoundDirectory compounds, ServiceLevelPolicy policy)
    {
        var columns = ImportColumns.Of(header, Layout);
        if (!columns.Has(Compound) && !columns.Has(Address))
        {
            throw new ImportRefusedException(header.Line, $"the header lacks both {Compound.Shown} and {Address.Shown}: a request must name its compound.");
        }

        return new RequestRows(columns, compounds, policy);
    }

    public string Source(CsvRecord record) =>
        columns.Value(record, SourceId) is { Length: <= 100 } id ? id : throw new RowRefusedException($"{SourceId.Shown} is missing or longer than 100 characters.");

    /// <summary>The row as a ticket; a row the rules refuse throws with the reason.</summary>
    public Ticket Read(CsvRecord record)
    {
        var source = Source(record);
        var filedAt = ImportWords.Time(Required(record, FiledAt), FiledAt.Shown);
        var categoryText = Required(record, Category);
        var category = ImportWords.Category(categoryText);
        var compoundId = compounds.Resolve(columns.Value(record, Compound), columns.Value(record, Address));
        var reporter = columns.Value(record, ReporterName) is null && columns.Value(record, ReporterPhone) is null
            ? null
            : new ReporterContact(columns.Value(record, ReporterName), columns.Value(record, ReporterPhone));
        var submission = new TicketSubmission(
            compoundId,
            category,
            ImportWords.Channel(columns.Value(record, Channel)),
            columns.Value(record, Description) ?? categoryText,
            columns.Value(record, Address),
            reporter);
        var ticket = Ticket.Submit(TicketIds.Imported(filedAt, source), submission, policy, new Stamp(Importer, filedAt, $"工单编号 {source}"));

        var respondedAt = Optional(record, FirstResponseAt);
        var settledAt = Optional(record, SettledAt);
        var rating = ImportWords.Rating(columns.Value(record, Rating));

        // A request settled with no first response recorded was answered, at the latest, when it was settled.
        if ((respondedAt ?? settledAt) is { } answered)
        {
            ticket.Acknowledge(new Stamp(Importer, answered));
        }

        if (settledAt is { } settled)
        {
            var handler = columns.Value(record, HandledBy);
            ticket.Claim(ImportWords.Party(handler), handler ?? "社区", new Stamp(Importer, respondedAt ?? settled));
            ticket.Settle(new Stamp(Importer, settled));
        }

        if (rating is { } level)
        {
            if (settledAt is null)
            {
                throw new RowRefusedException($"the row has a rating but no {SettledAt.Shown}: only a settled request is rated.");
            }

            ticket.Rate(level, new Stamp(Importer, settledAt.Value));
        }

        return ticket;
    }

    private string Required(CsvRecord record, ImportColumn column) =>
        columns.Value(record, column) ?? throw new RowRefusedException($"{column.Shown} is empty.");

    private DateTimeOffset? Optional(CsvRecord record, ImportColumn column) =>
        columns.Value(record, column) is { } text ? ImportWords.Time(text, column.Shown) : null;
}
