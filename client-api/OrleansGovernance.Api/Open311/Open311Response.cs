using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace OrleansGovernance.Api.Open311;

/// <summary>Writes a GeoReport document in the format the client asked for, UTF-8, with the spec's content types.</summary>
public sealed class Open311Response(Open311Node document, Open311Format format, int status = StatusCodes.Status200OK, string? location = null) : IResult
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Open311Response Errors(Open311Format format, int status, string description) => new(
        new Open311List("errors", [new Open311Record("error", [new Open311Field("code", status), new Open311Field("description", description)])]),
        format,
        status);

    /// <summary>
    /// A refusal written before an endpoint runs (body limits, unreadable forms), in the format the path's extension
    /// names: GeoReport clients read the error list, never problem details.
    /// </summary>
    public static Task WriteErrors(HttpContext context, int status, string description)
    {
        var format = Open311Formats.Parse(Path.GetExtension(context.Request.Path.Value)?.TrimStart('.')) ?? Open311Format.Xml;
        return Errors(format, status, description).ExecuteAsync(context);
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        if (format == Open311Format.Xml)
        {
            response.ContentType = Open311Formats.XmlContentType;
            var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), Element(document));
            await using var writer = XmlWriter.Create(response.Body, new XmlWriterSettings { Encoding = Utf8, Async = true });
            await xml.SaveAsync(writer, httpContext.RequestAborted);
        }
        else
        {
            response.ContentType = Open311Formats.JsonContentType;
            await using var writer = new Utf8JsonWriter(response.Body);
            Write(writer, document);
            await writer.FlushAsync(httpContext.RequestAborted);
        }
    }

    private static XElement Element(Open311Node node) => node switch
    {
        Open311Field field => new XElement(field.Name, Text(field.Value)),
        Open311Record record => new XElement(record.Name, record.Fields.Select(Element)),
        Open311List list => new XElement(list.Name, list.Items.Select(Element)),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static void Write(Utf8JsonWriter writer, Open311Node node)
    {
        switch (node)
        {
            case Open311Field field:
                WriteValue(writer, field.Value);
                break;
            case Open311Record record:
                writer.WriteStartObject();
                foreach (var member in record.Fields)
                {
                    writer.WritePropertyName(member.Name);
                    Write(writer, member);
                }

                writer.WriteEndObject();
                break;
            case Open311List list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            default:
                writer.WriteStringValue(Text(value));
                break;
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        bool flag => flag ? "true" : "false",
        DateTimeOffset at => W3DateTime.Format(at),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
