using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace OrleansGovernance.Testing;

/// <summary>
/// An SMTP server on a loopback port for the notice tests: it keeps every message it accepts, answers 451 (try
/// later) while <see cref="Failing"/>, and 550 for the mailboxes in <see cref="Unknown"/>.
/// </summary>
public sealed class SmtpReceiver : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly List<MimeMessage> _received = [];

    public SmtpReceiver()
    {
        Port = FreePorts.Next();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public bool Failing { get; set; }

    public HashSet<string> Unknown { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many times a message was refused while failing.</summary>
    public int Refused { get; private set; }

    public IReadOnlyList<MimeMessage> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Store(SmtpReceiver receiver) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (transaction.To.Any(to => receiver.Unknown.Contains($"{to.User}@{to.Host}")))
            {
                return Task.FromResult(new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "no such mailbox"));
            }

            if (receiver.Failing)
            {
                receiver.Refused++;
                return Task.FromResult(new SmtpResponse((SmtpReplyCode)451, "try again later"));
            }

            using var stream = new MemoryStream(buffer.ToArray());
            var message = MimeMessage.Load(stream, cancellationToken);
            lock (receiver._received)
            {
                receiver._received.Add(message);
            }

            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
