using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Open311;

/// <summary>
/// A posted service request as a ticket submission on the Open311 channel. Attribute answers about the place
/// (building, lift) lead the ticket's location, most specific first as GeoReport writes addresses; the others are kept
/// beside the description, with media_url, zipcode and the posted point, so the description's limit counts the
/// description alone and each comes back as sent. A request without a description is described by its service's
/// name. first_name, last_name, phone and email become the reporter's contact, which only staff see unmasked;
/// device_id is not kept.
/// </summary>
public static class ServiceRequestDraft
{
    public const int MaxMediaUrlLength = ServiceRequestDetails.MaxMediaUrlLength;

    public static TicketSubmission Submission(RequestForm form, Open311Service service, ResolvedAddress address)
    {
        var answers = Answers(form, service);
        var location = Join("; ", [.. answers.Where(a => a.Target == AttributeTarget.Location).Select(a => a.Text), address.Location]);
        var details = new ServiceRequestDetails(
            MediaUrl(form.Value("media_url")),
            form.Value("zipcode"),
            address.Position,
            Join("\n", answers.Where(a => a.Target == AttributeTarget.Description).Select(a => a.Text)));
        var submission = new TicketSubmission(
            address.CompoundId, service.Category, TicketChannel.Open311, form.Value("description") ?? service.Name, location, Reporter(form),
            details == new ServiceRequestDetails() ? null : details);
        submission.Validate();
        return submission;
    }

    private static List<(AttributeTarget Target, string Text)> Answers(RequestForm form, Open311Service service)
    {
        var sent = form.Attributes();
        if (sent.Keys.FirstOrDefault(code => service.Attributes.All(a => a.Code != code)) is { } unknown)
        {
            throw new Open311Exception(400, $"attribute[{unknown}] is not asked by {service.Code}; see services/{service.Code} for its attributes.");
        }

        var answers = new List<(AttributeTarget, string)>();
        foreach (var attribute in service.Attributes)
        {
            if (!sent.TryGetValue(attribute.Code, out var values))
            {
                if (attribute.Required)
                {
                    throw new Open311Exception(400, $"attribute[{attribute.Code}] is required by {service.Code}: {attribute.Description}");
                }

                continue;
            }

            if (values.Count > 1)
            {
                throw new Open311Exception(400, $"attribute[{attribute.Code}] takes one value.");
            }

            answers.Add((attribute.Target, attribute.Answer(values[0], service.Code)));
        }

        return answers;
    }

    private static string? MediaUrl(string? url) =>
        url is null
        || (url.Length <= MaxMediaUrlLength && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            ? url
            : throw new Open311Exception(400, $"media_url must be an absolute http(s) URL of at most {MaxMediaUrlLength} characters.");

    private static ReporterContact? Reporter(RequestForm form)
    {
        var name = ReporterName(form.Value("first_name"), form.Value("last_name"));
        var (phone, email) = (form.Value("phone"), form.Value("email"));
        return name is null && phone is null && email is null ? null : new ReporterContact(name, phone, email);
    }

    /// <summary>
    /// Family name first, as the native API keeps names and as masking expects (it keeps the first character as the
    /// surname): 陈 + 阿姨 reads 陈阿姨, Smith + John reads "Smith John".
    /// </summary>
    private static string? ReporterName(string? first, string? last)
    {
        var separator = (first ?? "").Any(char.IsAsciiLetter) || (last ?? "").Any(char.IsAsciiLetter) ? " " : "";
        return Join(separator, [last, first]);
    }

    private static string? Join(string separator, IEnumerable<string?> parts)
    {
        var text = string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : text;
    }
}
