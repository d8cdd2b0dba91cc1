using System.Globalization;
using System.Text;
using RabbitMQ.Client;

namespace EventAgents.Platform.Messaging;

public sealed partial class RabbitMqTransport
{
    public async Task SendAsync(IReadOnlyList<Envelope> envelopes, CancellationToken ct)
    {
        foreach (var envelope in envelopes)
        {
            await PublishAsync(envelope, attempts: 0, envelope.DeliverAt, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Publishes to the envelope's queue, or, when it is due later, to the holding queue for its delay; waits for the broker's confirm.</summary>
    internal async Task PublishAsync(Envelope envelope, int attempts, DateTimeOffset due, CancellationToken ct)
    {
        var delay = due - Options.Clock.GetUtcNow();
        await _publishing.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await EnsureDeclaredAsync(envelope.Queue, ct).ConfigureAwait(false);
            var target = delay > TimeSpan.Zero ? await DeclareHoldingQueueAsync(envelope.Queue, delay, ct).ConfigureAwait(false) : envelope.Queue;
            await _publisher.BasicPublishAsync("", target, mandatory: false, RabbitMqHeaders.Write(envelope, attempts), Encoding.UTF8.GetBytes(envelope.Body), ct)
                .ConfigureAwait(false);
        }
        finally
        {
            _publishing.Release();
        }
    }

    /// <summary>Publishes a failed message to its queue's dead-letter queue, with the failure in its headers.</summary>
    internal async Task PublishDeadLetterAsync(Envelope envelope, int attempts, MessageFailure failure, CancellationToken ct)
    {
        await _publishing.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await EnsureDeclaredAsync(envelope.Queue, ct).ConfigureAwait(false);
            var properties = RabbitMqHeaders.Write(envelope, attempts, failure, Options.Clock.GetUtcNow());
            await _publisher.BasicPublishAsync("", DeadLetterQueue(envelope.Queue), mandatory: false, properties, Encoding.UTF8.GetBytes(envelope.Body), ct)
                .ConfigureAwait(false);
        }
        finally
        {
            _publishing.Release();
        }
    }

    private async Task EnsureDeclaredAsync(string queue, CancellationToken ct)
    {
        if (_declared.Add(queue))
        {
            await DeclareAsync(_publisher, queue, DeadLetterQueue(queue), ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A queue where messages wait out a delay (rounded up, so never early) and then dead-letter into the target
    /// queue. One per delay, because the broker only expires messages at a queue's head; unused ones delete themselves.
    /// </summary>
    private async Task<string> DeclareHoldingQueueAsync(string queue, TimeSpan delay, CancellationToken ct)
    {
        var milliseconds = (long)Math.Ceiling(delay.TotalMilliseconds);
        var step = Math.Max(100, milliseconds / 50);
        var rounded = (milliseconds + step - 1) / step * step;
        var name = queue + ".delay." + rounded.ToString(CultureInfo.InvariantCulture);
        var arguments = new Dictionary<string, object?>
        {
            ["x-message-ttl"] = rounded,
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = queue,
            ["x-expires"] = rounded + 60_000,
        };
        await _publisher.QueueDeclareAsync(name, durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken: ct).ConfigureAwait(false);
        return name;
    }
}
