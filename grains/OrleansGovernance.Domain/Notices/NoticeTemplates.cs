using System.Text.RegularExpressions;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Notices;

/// <summary>
/// The words a reporter reads, one template per step they are told of, in Chinese. Placeholders: <c>{signature}</c>
/// (the sender's name, as SMS signatures are written: 杏林街道), <c>{ticket}</c> (the request's number),
/// <c>{category}</c>, <c>{party}</c> (who took it on), <c>{note}</c> (the step's public note, screened, with its
/// label; empty without one) and <c>{optout}</c> (how to stop these messages; empty when no opt-out page is set).
/// A city may replace any template (settings <c>Notifications:Templates:{event}</c>); an unknown placeholder is refused.
/// </summary>
public sealed partial class NoticeTemplates
{
    public static readonly IReadOnlyDictionary<TicketEvent, string> Defaults = new Dictionary<TicketEvent, string>
    {
        [TicketEvent.Acknowledged] = "【{signature}】您反映的诉求（编号 {ticket}，{category}）已受理，我们将尽快安排处理。{note}{optout}",
        [TicketEvent.Claimed] = "【{signature}】您反映的诉求（编号 {ticket}）已由{party}认领办理。{note}{optout}",
        [TicketEvent.Escalated] = "【{signature}】您反映的诉求（编号 {ticket}）已提交联席会议协调处理。{note}{optout}",
        [TicketEvent.Settled] = "【{signature}】您反映的诉求（编号 {ticket}）已办结，欢迎对办理结果进行评价。{note}{optout}",
        [TicketEvent.Reopened] = "【{signature}】您反映的诉求（编号 {ticket}）已重新办理，我们会再次跟进。{note}{optout}",
    };

    /// <summary>SMS gateways bill by 70-character part; a public note is cut so one message stays a few parts.</summary>
    public const int MaxNoteLength = 120;

    private static readonly HashSet<string> Placeholders = ["signature", "ticket", "category", "party", "note", "optout"];

    private readonly IReadOnlyDictionary<TicketEvent, string> _templates;

    public NoticeTemplates(string signature, IReadOnlyDictionary<TicketEvent, string>? overrides = null)
    {
        Signature = Require.Text(signature, "notice signature", 20);
        var templates = new Dictionary<TicketEvent, string>(Defaults);
        foreach (var (ticketEvent, template) in overrides ?? new Dictionary<TicketEvent, string>())
        {
            if (!ticketEvent.IsToldToReporter())
            {
                throw DomainRuleException.Invalid($"'{ticketEvent.Name()}' is not told to reporters, so it has no template.");
            }

            var text = Require.Text(template, $"template for '{ticketEvent.Name()}'", 500);
            if (Placeholder().Matches(text).Select(m => m.Groups[1].Value).FirstOrDefault(name => !Placeholders.Contains(name)) is { } unknown)
            {
                throw DomainRuleException.Invalid($"template for '{ticketEvent.Name()}' names '{{{unknown}}}'; known are {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}.");
            }

            templates[ticketEvent] = text;
        }

        _templates = templates;
    }

    public string Signature { get; }

    /// <summary>The message for <paramref name="ticketEvent"/> of <paramref name="ticket"/>; <paramref name="publicNote"/> must be screened already.</summary>
    public string Render(TicketEvent ticketEvent, Ticket ticket, string? publicNote, string? optOutLink)
    {
        var values = new Dictionary<string, string>
        {
            ["signature"] = Signature,
            ["ticket"] = ticket.Id,
            ["category"] = CategoryName(ticket.Category),
            ["party"] = ticket.ClaimedBy is { } party ? PartyName(party) : "相关单位",
            ["note"] = publicNote is { Length: > 0 } note ? $"说明：{Cut(note)}。" : "",
            ["optout"] = optOutLink is null ? "" : $"退订：{optOutLink}",
        };
        return Placeholder().Replace(_templates[ticketEvent], m => values[m.Groups[1].Value]);
    }

    /// <summary>An e-mail's subject: the signature and where the request stands.</summary>
    public string Subject(TicketEvent ticketEvent) => $"【{Signature}】诉求进展：{StepName(ticketEvent)}";

    public static string StepName(TicketEvent ticketEvent) => ticketEvent switch
    {
        TicketEvent.Acknowledged => "已受理",
        TicketEvent.Claimed => "已认领",
        TicketEvent.Escalated => "联席会议协调中",
        TicketEvent.Settled => "已办结",
        TicketEvent.Reopened => "重新办理",
        _ => throw new ArgumentOutOfRangeException(nameof(ticketEvent), ticketEvent, "not told to reporters"),
    };

    private static string Cut(string note)
    {
        var trimmed = note.Trim().TrimEnd('。', '.');
        return trimmed.Length <= MaxNoteLength ? trimmed : trimmed[..MaxNoteLength] + "…";
    }

    private static string CategoryName(TicketCategory category) => category switch
    {
        TicketCategory.ObjectsThrownFromHeight => "高空抛物",
        TicketCategory.EbikeInLift => "电动车进电梯",
        TicketCategory.RoadAndPaving => "道路路面",
        TicketCategory.AccessAndGates => "出入口与门禁",
        TicketCategory.ElderlyCare => "养老服务",
        TicketCategory.Noise => "噪音",
        TicketCategory.Sanitation => "环境卫生",
        _ => "其他",
    };

    private static string PartyName(ClaimingParty party) => party switch
    {
        ClaimingParty.Branch => "小区党支部",
        ClaimingParty.PropertyCompany => "物业企业",
        ClaimingParty.Community => "社区",
        _ => "共建单位",
    };

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
