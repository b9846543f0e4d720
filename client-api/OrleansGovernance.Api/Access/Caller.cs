using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Access;

/// <summary>
/// Who is calling, from their token: a subject (recorded as "by" on everything they change), a role, the
/// places they act for, and the display name people know them by (the OIDC "name" claim; recorded beside the subject,
/// never used to decide access). A scope covers the place it names and every place below it (dotted ids).
/// </summary>
public sealed record Caller(string Subject, string Role, IReadOnlyList<string> Scopes, string? Name = null)
{
    public const string SubjectClaim = "sub";
    public const string NameClaim = "name";
    public const string RoleClaim = "role";
    public const string ScopeClaim = "scope";

    public bool IsAdmin => Role == Roles.Admin;

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(SubjectClaim) ?? "",
        user.FindFirstValue(RoleClaim) ?? "",
        [.. user.FindAll(ScopeClaim).Select(c => c.Value)],
        DisplayNameOf(user.FindFirstValue(NameClaim)));

    /// <summary>
    /// The identity provider owns the name claim, not the platform: a blank one is none, control characters go and a
    /// long one is cut, so that no stamp this caller makes is refused for its name (the stamp allows 200 characters).
    /// </summary>
    public static string? DisplayNameOf(string? claim)
    {
        var name = new string([.. (claim ?? "").Where(c => !char.IsControl(c))]).Trim();
        return name.Length == 0 ? null : name[..Math.Min(name.Length, 200)].Trim();
    }

    /// <summary>The display name when the token gives one, else the subject.</summary>
    public string DisplayName => Name ?? Subject;

    /// <summary>Whether <paramref name="user"/> carries exactly one role claim, and a role this platform knows.</summary>
    public static bool HasOneKnownRole(ClaimsPrincipal? user) =>
        user?.FindAll(RoleClaim).ToList() is [var role] && Roles.IsKnown(role.Value);

    /// <summary>Lets endpoints take the caller as a parameter.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<Caller?>(From(context.User));

    public bool Covers(string placeId) =>
        IsAdmin || Scopes.Any(scope => placeId == scope || placeId.StartsWith(scope + ".", StringComparison.Ordinal));

    /// <summary>Refuses unless the caller acts for <paramref name="placeId"/>.</summary>
    public void RequireCovers(string placeId)
    {
        if (!Covers(placeId))
        {
            throw new AccessDeniedException($"'{Subject}' ({Role}) does not act for '{placeId}'.");
        }
    }

    /// <summary>Whether the caller's role may do the kind of act <paramref name="policy"/> names (see <see cref="AccessPolicy"/>).</summary>
    public bool May(string policy) => AccessPolicy.RolesByPolicy[policy].Contains(Role, StringComparer.Ordinal);

    /// <summary>Refuses unless the caller's role may do this kind of act (for callers that bypass the endpoint policies, like the dashboard).</summary>
    public void RequireMay(string policy)
    {
        if (!May(policy))
        {
            throw new AccessDeniedException($"'{Subject}' ({Role}) may not {policy}.");
        }
    }

    public bool Filed(Ticket ticket) => ticket.SubmittedBy == Subject;

    /// <summary>Residents act on what they filed; staff on requests of their places; admins anywhere.</summary>
    public bool ActsOn(Ticket ticket) => Role == Roles.Resident ? Filed(ticket) : Covers(ticket.CompoundId);

    public void RequireActsOn(Ticket ticket)
    {
        if (!ActsOn(ticket))
        {
            throw new AccessDeniedException($"'{Subject}' ({Role}) may not act on ticket '{ticket.Id}'.");
        }
    }

    /// <summary>Reporters' name and phone: only staff of the ticket's community and the reporter see them.</summary>
    public bool SeesReporterOf(Ticket ticket) =>
        Filed(ticket) || (Role == Roles.Staff && Covers(ticket.CompoundId));

    /// <summary>Registered party members' name, phone and work unit: only staff of the community and admins see them.</summary>
    public bool SeesPartyMembersOf(string communityId) =>
        IsAdmin || (Role == Roles.Staff && Covers(communityId));

    public Stamp Stamp(TimeProvider clock, string? note, NoteVisibility visibility = NoteVisibility.Internal) =>
        new(Subject, clock.GetUtcNow(), note, visibility, Name);
}
