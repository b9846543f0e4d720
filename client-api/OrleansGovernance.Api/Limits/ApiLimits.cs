namespace OrleansGovernance.Api.Limits;

/// <summary>Configuration section "Api": how much one request and one client may ask of the platform.</summary>
public sealed class ApiLimits
{
    public const string Section = "Api";

    /// <summary>
    /// The largest request body on API routes. 64 KiB holds the largest legitimate body (a community meeting with its
    /// agreed matters) many times over; photos will not travel through these routes.
    /// </summary>
    public long MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The largest file the import endpoints take (5 MiB, some 30,000 requests); larger ones go through the host's import command.</summary>
    public long MaxImportBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// The largest evidence file (a photo or PDF attached to a milestone; 10 MiB holds a phone's photo at full size). Its
    /// upload route takes a body this large plus <see cref="MaxBodyBytes"/> for the multipart framing and the note.
    /// </summary>
    public long MaxEvidenceBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Evidence files of one milestone that no step names yet (uploaded, not yet attached). A step carries at most 10, so
    /// 20 leaves room for a retried upload; beyond that uploads are refused until a step names some or the sweep (a day
    /// after upload) deletes them, so a script cannot fill the database through one milestone.
    /// </summary>
    public int MaxUnreferencedEvidence { get; set; } = 20;

    public ClientRateLimit RateLimit { get; set; } = new();
}

/// <summary>
/// A token bucket per client. The defaults let a dashboard load its dozens of summaries at once (the burst) and a busy
/// community office behind one address keep working (the sustained rate), while one runaway script cannot crowd out a
/// whole city's residents.
/// </summary>
public sealed class ClientRateLimit
{
    public int PermitsPerSecond { get; set; } = 20;

    public int Burst { get; set; } = 100;
}
