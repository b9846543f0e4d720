namespace OrleansGovernance.Api.Open311;

/// <summary>
/// A GeoReport document, written once and rendered as XML or, by the Spark convention the spec prescribes, as JSON:
/// a <see cref="Open311List"/> becomes an array whose items lose their element names, an <see cref="Open311Record"/>
/// an object, an <see cref="Open311Field"/> a value.
/// </summary>
public abstract record Open311Node(string Name);

/// <summary>A value: text, a number, true/false, a time (written in w3 format), or null (an empty element).</summary>
public sealed record Open311Field(string Name, object? Value) : Open311Node(Name);

public sealed record Open311Record(string Name, IReadOnlyList<Open311Node> Fields) : Open311Node(Name);

public sealed record Open311List(string Name, IReadOnlyList<Open311Node> Items) : Open311Node(Name);
