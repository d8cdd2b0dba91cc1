using System.Text;
using RabbitMQ.Client;

namespace EventAgents.Platform.Messaging;

/// <summary>A message as read from the broker, copied out of the client's buffers.</summary>
internal sealed record RabbitMqMessage(Envelope Envelope, int PreviousAttempts, ulong DeliveryTag, bool Redelivered, MessageFailure Failure, DateTimeOffset FailedAt)
{
    /// <summary>This delivery's attempt: the tries recorded before, plus one for a redelivery after a receiver died.</summary>
    public int Attempt => PreviousAttempts + (Redelivered ? 2 : 1);

    public static RabbitMqMessage Read(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body, ulong deliveryTag, bool redelivered)
    {
        var envelope = new Envelope
        {
            MessageId = Guid.Parse(properties.MessageId ?? throw new InvalidOperationException("A message without an id reached the queue.")),
            MessageType = properties.Type ?? "",
            Body = Encoding.UTF8.GetString(body.Span),
            Queue = RabbitMqHeaders.String(properties, RabbitMqHeaders.Queue) ?? "",
            EnqueuedAt = DateTimeOffset.FromUnixTimeMilliseconds(RabbitMqHeaders.Long(properties, RabbitMqHeaders.EnqueuedAt)),
            DeliverAt = DateTimeOffset.FromUnixTimeMilliseconds(RabbitMqHeaders.Long(properties, RabbitMqHeaders.DeliverAt)),
            CorrelationId = properties.CorrelationId,
            CausationId = RabbitMqHeaders.String(properties, RabbitMqHeaders.Causation),
            Headers = HeadersJson.Read(RabbitMqHeaders.String(properties, RabbitMqHeaders.Headers)),
        };
        var failure = new MessageFailure(
            RabbitMqHeaders.String(properties, RabbitMqHeaders.ExceptionType) ?? "",
            RabbitMqHeaders.String(properties, RabbitMqHeaders.ExceptionMessage) ?? "",
            RabbitMqHeaders.String(properties, RabbitMqHeaders.ExceptionStack) ?? "");
        var failedAt = DateTimeOffset.FromUnixTimeMilliseconds(RabbitMqHeaders.Long(properties, RabbitMqHeaders.FailedAt));
        return new RabbitMqMessage(envelope, (int)RabbitMqHeaders.Long(properties, RabbitMqHeaders.Attempts), deliveryTag, redelivered, failure, failedAt);
    }
}
