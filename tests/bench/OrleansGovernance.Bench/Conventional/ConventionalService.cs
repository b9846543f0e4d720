using OrleansGovernance.Api.Contracts;
using System.Text.Json;
using Npgsql;
using OrleansGovernance.Api;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Endpoints;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Bench.Conventional;

/// <summary>
/// What a city would build instead of the platform: a minimal ASP.NET Core service over PostgreSQL with Npgsql, no
/// Orleans. POST /tickets validates the platform's own request body and inserts one row (201); GET
/// /figures/{level}/{id} computes a place's figures with SQL aggregates at the time of the read. It checks the same
/// bearer tokens as the platform (the API's own JWT settings), so both pay for authentication.
/// Run as a process of its own: <c>OrleansGovernance.Bench conventional-service</c> with <c>Urls</c>,
/// <c>ConnectionStrings__Conventional</c> and <c>Auth__SigningKey</c> in the environment.
/// </summary>
public static class ConventionalService
{
    public const string Command = "conventional-service";

    public static async Task Run()
    {
        var builder = WebApplication.CreateSlimBuilder();
        var connection = builder.Configuration.GetConnectionString("Conventional")
            ?? throw new InvalidOperationException("ConnectionStrings:Conventional is not set.");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A city's figures aggregate millions of rows: the default 30 s command timeout would turn a slow dashboard into a
        // failed one, and the benchmark measures how slow it is.
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(PostgresConnectionStrings.WithAutoPrepare(
            new NpgsqlConnectionStringBuilder(connection) { CommandTimeout = 600 }.ConnectionString)));
        builder.Services.AddGovernanceAccess();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            GovernanceApi.Configure(json.SerializerOptions);
            json.SerializerOptions.RespectRequiredConstructorParameters = true;
            json.SerializerOptions.RespectNullableAnnotations = true;
        });

        var app = builder.Build();
        await ConventionalSchema.EnsureCreated(app.Services.GetRequiredService<NpgsqlDataSource>());
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/healthz", () => "Healthy");
        app.MapPost("/tickets", File).RequireAuthorization(AccessPolicy.File);
        app.MapGet("/figures/{level}/{id}", Figures).RequireAuthorization(AccessPolicy.Read);
        await app.RunAsync();
    }

    private static async Task<IResult> File(SubmitTicketRequest request, NpgsqlDataSource database)
    {
        var submission = request.ToSubmission();
        try
        {
            submission.Validate();
        }
        catch (DomainRuleException invalid)
        {
            return Results.Problem(invalid.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");
        }

        if (ConventionalSchema.Ancestors(submission.CompoundId) is not { } places)
        {
            return Results.Problem("compoundId must name a compound: city.district.subdistrict.community.compound.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");
        }

        var filedAt = DateTimeOffset.UtcNow;
        await using var insert = database.CreateCommand("""
            INSERT INTO tickets (compound_id, community_id, subdistrict_id, district_id, city_id, category, channel, status,
                                 description, location, reporter_name, reporter_phone, reporter_email, filed_at, response_due, settle_due)
            VALUES (@compound, @community, @subdistrict, @district, @city, @category, @channel, 'submitted',
                    @description, @location, @name, @phone, @email, @filed, @responseDue, @settleDue)
            RETURNING id
            """);
        var policy = ServiceLevelPolicy.Default;
        insert.Parameters.AddWithValue("compound", submission.CompoundId);
        insert.Parameters.AddWithValue("community", places.Community);
        insert.Parameters.AddWithValue("subdistrict", places.Subdistrict);
        insert.Parameters.AddWithValue("district", places.District);
        insert.Parameters.AddWithValue("city", places.City);
        insert.Parameters.AddWithValue("category", JsonNamingPolicy.CamelCase.ConvertName(submission.Category.ToString()));
        insert.Parameters.AddWithValue("channel", JsonNamingPolicy.CamelCase.ConvertName(submission.Channel.ToString()));
        insert.Parameters.AddWithValue("description", submission.Description);
        insert.Parameters.AddWithValue("location", (object?)submission.Location ?? DBNull.Value);
        insert.Parameters.AddWithValue("name", (object?)submission.Reporter?.Name ?? DBNull.Value);
        insert.Parameters.AddWithValue("phone", (object?)submission.Reporter?.Phone ?? DBNull.Value);
        insert.Parameters.AddWithValue("email", (object?)submission.Reporter?.Email ?? DBNull.Value);
        insert.Parameters.AddWithValue("filed", filedAt);
        insert.Parameters.AddWithValue("responseDue", filedAt + policy.ResponseLimit(submission.Category));
        insert.Parameters.AddWithValue("settleDue", filedAt + policy.SettleLimit);
        var id = (long)(await insert.ExecuteScalarAsync())!;
        return Results.Created($"/tickets/{id}", new { id, submission.CompoundId, status = "submitted", filedAt });
    }

    private static async Task<IResult> Figures(string level, string id, NpgsqlDataSource database) =>
        ConventionalSchema.PlaceColumns.TryGetValue(level, out var column)
            ? Results.Ok(await ConventionalFigures.Read(database, column, id, DateTimeOffset.UtcNow))
            : Results.Problem($"level must be one of {string.Join(", ", ConventionalSchema.PlaceColumns.Keys)}.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");
}
