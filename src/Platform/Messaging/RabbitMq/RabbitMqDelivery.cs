namespace EventAgents.Platform.Messaging;

/// <summary>A message received from RabbitMQ; every settlement publishes what follows first, then acknowledges.</summary>
internal sealed class RabbitMqDelivery(RabbitMqTransport transport, RabbitMqReceiver receiver, RabbitMqMessage message) : IDelivery
{
    public Envelope Envelope => message.Envelope;

    public int Attempt => message.Attempt;

    public async Task CompleteAsync(IReadOnlyList<Envelope> followUps, CancellationToken ct)
    {
        await transport.SendAsync(followUps, ct).ConfigureAwait(false);
        await receiver.AckAsync(message.DeliveryTag, ct).ConfigureAwait(false);
    }

    public async Task RetryAsync(DateTimeOffset at, MessageFailure failure, CancellationToken ct)
    {
        await transport.PublishAsync(Envelope, attempts: Attempt, at, ct).ConfigureAwait(false);
        await receiver.AckAsync(message.DeliveryTag, ct).ConfigureAwait(false);
    }

    public async Task DeadLetterAsync(MessageFailure failure, CancellationToken ct)
    {
        await transport.PublishDeadLetterAsync(Envelope, Attempt, failure, ct).ConfigureAwait(false);
        await receiver.AckAsync(message.DeliveryTag, ct).ConfigureAwait(false);
    }

    public async Task AbandonAsync(CancellationToken ct)
    {
        await transport.PublishAsync(Envelope, attempts: Attempt - 1, transport.Options.Clock.GetUtcNow(), ct).ConfigureAwait(false);
        await receiver.AckAsync(message.DeliveryTag, ct).ConfigureAwait(false);
    }
}
