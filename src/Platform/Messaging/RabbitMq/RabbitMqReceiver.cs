using System.Threading.Channels;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace EventAgents.Platform.Messaging;

/// <summary>
/// One worker's consumer of a RabbitMQ queue, on a channel of its own: the broker pushes up to the prefetch count
/// of unacknowledged messages, which wait here until the worker asks. Closing the channel (disposal, or the
/// process dying) hands every unacknowledged message to the other consumers.
/// </summary>
internal sealed class RabbitMqReceiver(RabbitMqTransport transport, string queue) : IMessageReceiver
{
    private readonly Channel<RabbitMqMessage> _buffer = Channel.CreateUnbounded<RabbitMqMessage>();
    private readonly SemaphoreSlim _channelLock = new(1, 1);
    private IChannel? _channel;

    public async Task<IReadOnlyList<IDelivery>> ReceiveAsync(int max, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await EnsureConsumingAsync(ct).ConfigureAwait(false);
        var deliveries = new List<IDelivery>();
        while (deliveries.Count == 0)
        {
            if (!await _buffer.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
            {
                throw new ObjectDisposedException(nameof(RabbitMqReceiver));
            }

            while (deliveries.Count < max && _buffer.Reader.TryRead(out var message))
            {
                deliveries.Add(new RabbitMqDelivery(transport, this, message));
            }
        }

        return deliveries;
    }

    internal async Task AckAsync(ulong deliveryTag, CancellationToken ct)
    {
        await _channelLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var channel = _channel ?? throw new ObjectDisposedException(nameof(RabbitMqReceiver), "The receiver was disposed; its unacknowledged messages went back to the queue.");
            await channel.BasicAckAsync(deliveryTag, multiple: false, ct).ConfigureAwait(false);
        }
        finally
        {
            _channelLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _buffer.Writer.TryComplete();
        await _channelLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_channel is not null)
            {
                await _channel.DisposeAsync().ConfigureAwait(false);
                _channel = null;
            }
        }
        finally
        {
            _channelLock.Release();
        }
    }

    private async Task EnsureConsumingAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _channel) is not null)
        {
            return;
        }

        await _channelLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_channel is not null)
            {
                return;
            }

            var channel = await transport.Connection.CreateChannelAsync(cancellationToken: ct).ConfigureAwait(false);
            await channel.BasicQosAsync(0, transport.Options.Prefetch, global: false, ct).ConfigureAwait(false);
            await RabbitMqTransport.DeclareAsync(channel, queue, transport.DeadLetterQueue(queue), ct).ConfigureAwait(false);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivered) =>
            {
                _buffer.Writer.TryWrite(RabbitMqMessage.Read(delivered.BasicProperties, delivered.Body, delivered.DeliveryTag, delivered.Redelivered));
                return Task.CompletedTask;
            };
            await channel.BasicConsumeAsync(queue, autoAck: false, consumer, ct).ConfigureAwait(false);
            _channel = channel;
        }
        finally
        {
            _channelLock.Release();
        }
    }
}
