namespace OrleansGovernance.Domain.Outbound;

/// <summary>
/// A registered webhook endpoint: its settings and the secret its deliveries are signed with. After a rotation the
/// previous secret also signs until <see cref="PreviousSecretUntil"/>, so a receiver can switch without losing a
/// delivery.
/// </summary>
[GenerateSerializer, Alias("governance.webhook-endpoint")]
public sealed class WebhookEndpoint
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public WebhookSettings Settings { get; set; } = new("", [], []);
    [Id(2)] public string Secret { get; set; } = "";
    [Id(3)] public string? PreviousSecret { get; set; }
    [Id(4)] public DateTimeOffset? PreviousSecretUntil { get; set; }
    [Id(5)] public DateTimeOffset CreatedAt { get; set; }
    [Id(6)] public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The secrets a delivery sent at <paramref name="now"/> is signed with, the current one first.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousSecret is { } previous && PreviousSecretUntil > now ? [Secret, previous] : [Secret];

    /// <summary>Replaces the secret; the one it replaces keeps signing for <paramref name="grace"/>.</summary>
    public void Rotate(string secret, DateTimeOffset now, TimeSpan grace)
    {
        PreviousSecret = grace > TimeSpan.Zero ? Secret : null;
        PreviousSecretUntil = grace > TimeSpan.Zero ? now + grace : null;
        Secret = WebhookSecret.Require(secret);
        UpdatedAt = now;
    }
}
