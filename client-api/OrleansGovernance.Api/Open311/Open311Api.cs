using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.ApiKeys;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Api.Audit;
using OrleansGovernance.Api.Places;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Open311;

/// <summary>
/// Open311 GeoReport v2 at /open311/v2, in XML and JSON by the resource's extension. Reads are public, as the spec
/// has them; filing a request takes an api_key. A request filed here is an ordinary ticket on the Open311 channel.
/// Every refusal is the spec's error list (404 missing, 403 api_key, 400 anything else), never problem details.
/// </summary>
public static class Open311Api
{
    public const string Root = "/open311/v2";

    public static IServiceCollection AddOpen311Api(this IServiceCollection services)
    {
        services.AddOptions<Open311Options>().BindConfiguration(Open311Options.Section)
            .PostConfigure<IOptions<PlaceOptions>>((open311, places) =>
                open311.JurisdictionRegionId = open311.JurisdictionRegionId is "" ? places.Value.Roots.FirstOrDefault() ?? "" : open311.JurisdictionRegionId);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<Open311Options>>().Value);
        services.AddSingleton<CompoundDirectory>();
        services.AddSingleton<AddressResolver>();
        services.AddSingleton<RequestSearch>();
        return services;
    }

    public static IEndpointRouteBuilder MapOpen311Api(this IEndpointRouteBuilder app)
    {
        var v2 = app.MapGroup(Root).WithTags("Open311").AddEndpointFilter(AnswerRefusalsAsErrorList).AddEndpointFilter(RequireOurJurisdiction);
        v2.MapGet("/discovery.{format}", (string format, HttpRequest request, Open311Options options) =>
            new Open311Response(ServiceDocuments.Discovery($"{request.Scheme}://{request.Host}{request.PathBase}{Root}", options), Open311Formats.Require(format)));
        v2.MapGet("/services.{format}", (string format) => new Open311Response(ServiceDocuments.List(), Open311Formats.Require(format)));
        v2.MapGet("/services/{service_code}.{format}", (string service_code, string format) =>
        {
            var wanted = Open311Formats.Require(format);
            var service = ServiceCatalogue.Find(service_code) ?? throw UnknownService(service_code);
            return new Open311Response(ServiceDocuments.Definition(service), wanted);
        });
        v2.MapPost("/requests.{format}", File);
        v2.MapGet("/requests.{format}", async (string format, HttpRequest request, RequestSearch search, CompoundDirectory directory, Open311Options options, TimeProvider clock) =>
        {
            var wanted = Open311Formats.Require(format);
            var query = RequestQuery.Parse(request.Query, clock.GetUtcNow());
            var compounds = await directory.Under(options.JurisdictionRegionId);
            return new Open311Response(RequestDocuments.List(await search.Find(query, compounds), compounds), wanted);
        });
        v2.MapGet("/requests/{service_request_id}.{format}", async (string service_request_id, string format, RequestSearch search, CompoundDirectory directory, Open311Options options) =>
        {
            var wanted = Open311Formats.Require(format);
            var ticket = await search.One(service_request_id);
            return new Open311Response(RequestDocuments.List([ticket], await directory.Under(options.JurisdictionRegionId)), wanted);
        });
        v2.MapGet("/tokens/{token}.{format}", async (string token, string format, RequestSearch search) =>
        {
            var wanted = Open311Formats.Require(format);
            return new Open311Response(RequestDocuments.Token(await search.One(token)), wanted);
        });
        v2.MapFallback("{**path}", (string? path) =>
            Open311Response.Errors(Path.GetExtension(path) == ".json" ? Open311Format.Json : Open311Format.Xml, StatusCodes.Status404NotFound, $"{Root}/{path} is not a GeoReport v2 resource."));
        return app;
    }

    /// <summary>POST requests.{format}: every check comes before the ticket is submitted, so a refused request files nothing.</summary>
    private static async Task<Open311Response> File(
        string format, HttpRequest request, IApiKeyStore keys, AddressResolver addresses, IGrainFactory grains, IAuditTrail audit, Open311Options options, TimeProvider clock)
    {
        var wanted = Open311Formats.Require(format);
        var form = await RequestForm.Read(request);
        options.RequireJurisdiction(form.Value("jurisdiction_id"));
        var key = form.Value("api_key") ?? throw new Open311Exception(StatusCodes.Status403Forbidden, "api_key is required to file a service request.");
        var client = await keys.Verify(key, request.HttpContext.RequestAborted)
            ?? throw new Open311Exception(StatusCodes.Status403Forbidden, "api_key is not valid; ask for one as discovery's key_service says.");
        var code = form.Value("service_code") ?? throw new Open311Exception(StatusCodes.Status400BadRequest, "service_code is required.");
        var service = ServiceCatalogue.Find(code) ?? throw UnknownService(code);
        var submission = ServiceRequestDraft.Submission(form, service, await addresses.Resolve(form));

        var now = clock.GetUtcNow();
        var id = TicketIds.New(now, Random.Shared);
        var ticket = await grains.GetGrain<ITicketGrain>(id).Submit(submission, new Stamp($"open311:{client}", now));

        // Integrations carry no bearer token, so the audit filter of /api/v1 does not see them: the filing is recorded here.
        await audit.Record(new AuditEntry(0, now, $"open311:{client}", "open311-client", $"POST {Root}/requests.{{format}}", request.Path, id, StatusCodes.Status201Created));
        return new Open311Response(RequestDocuments.Filed(ticket, form.Value("account_id")), wanted, StatusCodes.Status201Created, $"{Root}/requests/{id}.{format}");
    }

    private static Open311Exception UnknownService(string code) =>
        new(StatusCodes.Status404NotFound, $"service_code '{code}' was not found; services.xml lists ours.");

    // Inside the refusal filter, so a foreign jurisdiction is answered as an error list like every other refusal.
    private static ValueTask<object?> RequireOurJurisdiction(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.RequestServices.GetRequiredService<Open311Options>().RequireJurisdiction(http.Request.Query["jurisdiction_id"].ToString());
        return next(context);
    }

    private static async ValueTask<object?> AnswerRefusalsAsErrorList(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (Refusal(exception) is { } refusal)
        {
            // An unknown format is answered in XML, the format every GeoReport server must offer.
            var format = Open311Formats.Parse(context.HttpContext.GetRouteValue("format") as string) ?? Open311Format.Xml;
            return Open311Response.Errors(format, refusal.Status, refusal.Description);
        }
    }

    /// <summary>What the client must fix; storage and cluster outages go on to the 503 problem with Retry-After.</summary>
    private static (int Status, string Description)? Refusal(Exception exception) => exception switch
    {
        Open311Exception refused => (refused.Status, refused.Message),
        DomainRuleException { Violation: RuleViolation.NotFound } missing => (StatusCodes.Status404NotFound, missing.Message),
        DomainRuleException { Violation: RuleViolation.Unavailable } => null,
        DomainRuleException rule => (StatusCodes.Status400BadRequest, rule.Message),
        BadHttpRequestException bad => (bad.StatusCode, bad.Message),
        InvalidDataException unreadable => (StatusCodes.Status400BadRequest, $"the form could not be read: {unreadable.Message}"),
        _ => null,
    };
}
