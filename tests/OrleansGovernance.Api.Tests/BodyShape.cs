using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// The members of a valid request body, found by reading the body alongside the type the endpoint binds it to.
/// Members the type accepts but the body leaves out are listed too (so a bad value can be tried there), but only
/// objects and arrays the body holds are entered.
/// </summary>
public static class BodyShape
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static IReadOnlyList<BodyField> Fields(JsonNode? body, Type type) =>
        body is JsonObject json ? [.. Members(json, type, [])] : [];

    private static IEnumerable<BodyField> Members(JsonObject json, Type type, IReadOnlyList<object> path)
    {
        // Records bind through their widest constructor; classes through their setters.
        var parameters = type.GetConstructors().MaxBy(c => c.GetParameters().Length)?.GetParameters() ?? [];
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var parameter = parameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is null && property.SetMethod is not { IsPublic: true })
            {
                continue;
            }

            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                || (parameter is null ? Nullability.Create(property).WriteState : Nullability.Create(parameter).WriteState) == NullabilityState.Nullable;
            var field = new BodyField([.. path, name], property.PropertyType, parameter is { HasDefaultValue: false }, nullable);
            yield return field;
            foreach (var inner in Inside(json[name], field))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<BodyField> Inside(JsonNode? value, BodyField field) => value switch
    {
        JsonObject json => Members(json, field.ValueType, field.Path),
        JsonArray { Count: > 0 } array when ElementOf(field.ValueType) is { } element =>
            Element(array[0], new BodyField([.. field.Path, 0], element, Required: false, Nullable: false)),
        _ => [],
    };

    private static IEnumerable<BodyField> Element(JsonNode? value, BodyField element) => [element, .. Inside(value, element)];

    private static Type? ElementOf(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetGenericArguments().SingleOrDefault();
}
