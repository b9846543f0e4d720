namespace OrleansGovernance.Domain;

/// <summary>Why a command was refused. Maps one-to-one onto an HTTP status in the API.</summary>
public enum RuleViolation
{
    NotFound,
    InvalidInput,
    InvalidTransition,
    Conflict,

    /// <summary>The caller acted on a version of the state that has since changed (If-Match failed).</summary>
    StaleVersion,

    /// <summary>The durable store could not take the change; nothing was acknowledged, and a retry may succeed.</summary>
    Unavailable,
}

/// <summary>
/// A command broke a rule of the domain. Thrown before any state is touched, so a refused command
/// changes nothing.
/// </summary>
[GenerateSerializer, Alias("governance.rule-violation")]
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(RuleViolation violation, string message)
        : base(message) => Violation = violation;

    [Id(0)]
    public RuleViolation Violation { get; private set; }

    public static DomainRuleException NotFound(string what, string id) =>
        new(RuleViolation.NotFound, $"{what} '{id}' does not exist.");

    public static DomainRuleException Invalid(string message) => new(RuleViolation.InvalidInput, message);

    public static DomainRuleException Transition(string message) => new(RuleViolation.InvalidTransition, message);

    public static DomainRuleException Conflict(string message) => new(RuleViolation.Conflict, message);

    public static DomainRuleException Unavailable(string message) => new(RuleViolation.Unavailable, message);

    public static DomainRuleException Stale(string what, long current, long expected) =>
        new(RuleViolation.StaleVersion, $"{what} is at version {current}, not {expected}: read it again and retry.");
}
