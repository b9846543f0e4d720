namespace OrleansGovernance.Api.Open311;

/// <summary>Where an attribute's answer goes in the ticket: it says where the problem is, or what it is.</summary>
public enum AttributeTarget
{
    Location,
    Description,
}

/// <summary>An extra question a service asks (a GeoReport service definition attribute), and where its answer is kept.</summary>
public sealed record ServiceAttribute(
    string Code,
    string Label,
    string Datatype,
    bool Required,
    string Description,
    AttributeTarget Target,
    IReadOnlyList<AttributeValue> Values)
{
    public const string Text = "string";
    public const string SingleValueList = "singlevaluelist";

    public const int MaxAnswerLength = 200;

    /// <summary>The answer as it reads in the ticket, e.g. "Harm: someone was hurt", or the reason it is refused.</summary>
    public string Answer(string value, string serviceCode)
    {
        var answer = value.Trim();
        if (answer.Length == 0 || answer.Length > MaxAnswerLength)
        {
            throw new Open311Exception(400, $"attribute[{Code}] of {serviceCode} must be 1 to {MaxAnswerLength} characters.");
        }

        if (Datatype == SingleValueList)
        {
            answer = Values.FirstOrDefault(v => v.Key == answer)?.Name
                ?? throw new Open311Exception(400, $"attribute[{Code}] of {serviceCode} must be one of: {string.Join(", ", Values.Select(v => v.Key))}.");
        }

        return $"{Label}: {answer}";
    }
}

public sealed record AttributeValue(string Key, string Name);
