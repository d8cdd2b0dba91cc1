using EventAgents.Testing;

namespace EventAgents.Platform.Messaging.Tests;

/// <summary>
/// What every <see cref="IMessageTransport"/> must do, run against each implementation by a subclass.
/// Each test uses a queue of its own.
/// </summary>
public abstract partial class TransportContract : IAsyncLifetime
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    protected string QueueName { get; } = "contract-" + Guid.NewGuid().ToString("N")[..8];

    protected IMessageTransport Transport { get; private set; } = null!;

    public async Task InitializeAsync() => Transport = await CreateTransportAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A new transport instance over the same backing store, as another process would have.</summary>
    protected abstract Task<IMessageTransport> CreateTransportAsync();

    protected Envelope NewEnvelope(object message, DateTimeOffset? deliverAt = null)
    {
        var now = TimeProvider.System.GetUtcNow();
        var types = TestTypes.Create();
        return new Envelope
        {
            MessageId = Guid.NewGuid(),
            MessageType = types.NameOf(message.GetType()),
            Body = types.Serialize(message),
            Queue = QueueName,
            EnqueuedAt = now,
            DeliverAt = deliverAt ?? now,
            CorrelationId = "corr",
            CausationId = "cause",
            Headers = new Dictionary<string, string> { ["tenant"] = "t1" },
        };
    }

    protected static async Task<IDelivery> ReceiveOneAsync(IMessageReceiver receiver)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return Assert.Single(await receiver.ReceiveAsync(1, timeout.Token));
    }

    /// <summary>True when nothing is delivered within <paramref name="wait"/>.</summary>
    protected static async Task<bool> NothingWithinAsync(IMessageReceiver receiver, TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            var got = await receiver.ReceiveAsync(1, timeout.Token);
            foreach (var delivery in got)
            {
                await delivery.AbandonAsync(CancellationToken.None);
            }

            return got.Count == 0;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }
}
