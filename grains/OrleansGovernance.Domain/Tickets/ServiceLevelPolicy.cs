namespace OrleansGovernance.Domain.Tickets;

/// <summary>
/// How fast a request must be answered and settled. The default response limit is five minutes, the "5"
/// of Fangzhi's "13415" mechanism (grid worker and red property manager respond within 5 minutes).
/// </summary>
public sealed class ServiceLevelPolicy
{
    public static readonly TimeSpan DefaultResponseLimit = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan DefaultSettleLimit = TimeSpan.FromDays(7);

    public static readonly ServiceLevelPolicy Default = new(new Dictionary<TicketCategory, TimeSpan>(), DefaultSettleLimit);

    private readonly IReadOnlyDictionary<TicketCategory, TimeSpan> _responseLimits;

    public ServiceLevelPolicy(IReadOnlyDictionary<TicketCategory, TimeSpan> responseLimits, TimeSpan settleLimit)
    {
        if (responseLimits.Values.Any(limit => limit <= TimeSpan.Zero) || settleLimit <= TimeSpan.Zero)
        {
            throw new ArgumentException("service limits must be positive.");
        }

        _responseLimits = responseLimits;
        SettleLimit = settleLimit;
    }

    public TimeSpan SettleLimit { get; }

    public TimeSpan ResponseLimit(TicketCategory category) =>
        _responseLimits.TryGetValue(category, out var limit) ? limit : DefaultResponseLimit;
}
