using RabbitMQ.Client;

namespace EventAgents.Platform.Messaging;

/// <summary>
/// A transport over RabbitMQ: one durable queue per queue name, competing consumers with manual acknowledgement
/// (a receiver that dies has its messages redelivered at once), delays through per-delay holding queues whose
/// expired messages dead-letter back into the queue, and a dead-letter queue per queue. Unlike the PostgreSQL
/// queue it cannot join a database transaction nor drop duplicate ids: acknowledgement follows the follow-ups,
/// so delivery is at least once.
/// </summary>
public sealed partial class RabbitMqTransport : IMessageTransport, IDeadLetters, IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _publisher;
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);

    private RabbitMqTransport(RabbitMqTransportOptions options, IConnection connection, IChannel publisher)
    {
        Options = options;
        _connection = connection;
        _publisher = publisher;
    }

    public RabbitMqTransportOptions Options { get; }

    internal IConnection Connection => _connection;

    public static async Task<RabbitMqTransport> ConnectAsync(RabbitMqTransportOptions options, CancellationToken ct = default)
    {
        var factory = new ConnectionFactory { Uri = options.Uri, AutomaticRecoveryEnabled = true };
        var connection = await factory.CreateConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            var publisher = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct).ConfigureAwait(false);
            return new RabbitMqTransport(options, connection, publisher);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public IMessageReceiver Receive(string queue) => new RabbitMqReceiver(this, queue);

    public async ValueTask DisposeAsync()
    {
        await _publisher.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
        _publishing.Dispose();
    }

    internal string DeadLetterQueue(string queue) => queue + Options.DeadLetterSuffix;

    /// <summary>Declares a queue and its dead-letter queue (idempotent on the broker; once per transport here).</summary>
    internal static async Task DeclareAsync(IChannel channel, string queue, string deadLetters, CancellationToken ct)
    {
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: ct).ConfigureAwait(false);
        await channel.QueueDeclareAsync(deadLetters, durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: ct).ConfigureAwait(false);
    }
}
