using RabbitMQ.Client;

namespace EventAgents.Platform.Messaging;

public sealed partial class RabbitMqTransport
{
    /// <summary>Reads a queue's dead letters without removing them (they are returned to the queue when the channel closes).</summary>
    public async Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(string? queue, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queue, "RabbitMQ cannot list the dead letters of every queue: name one.");
        var letters = new List<DeadLetter>();
        await WithDeadLettersAsync(queue, (_, message) =>
        {
            letters.Add(new DeadLetter(message.Envelope, message.PreviousAttempts, message.Failure, message.FailedAt));
            return Task.FromResult(letters.Count < limit);
        }, ct).ConfigureAwait(false);
        return letters;
    }

    /// <summary>Moves one dead letter back to its queue with its attempts reset.</summary>
    public async Task<bool> ReplayAsync(string queue, Guid messageId, CancellationToken ct)
    {
        var found = false;
        await WithDeadLettersAsync(queue, async (channel, message) =>
        {
            if (message.Envelope.MessageId != messageId)
            {
                return true;
            }

            await PublishAsync(message.Envelope, attempts: 0, Options.Clock.GetUtcNow(), ct).ConfigureAwait(false);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, ct).ConfigureAwait(false);
            found = true;
            return false;
        }, ct).ConfigureAwait(false);
        return found;
    }

    /// <summary>Takes dead letters one by one, unacknowledged, while <paramref name="visit"/> says to go on.</summary>
    private async Task WithDeadLettersAsync(string queue, Func<IChannel, RabbitMqMessage, Task<bool>> visit, CancellationToken ct)
    {
        var channel = await _connection.CreateChannelAsync(cancellationToken: ct).ConfigureAwait(false);
        await using (channel.ConfigureAwait(false))
        {
            await DeclareAsync(channel, queue, DeadLetterQueue(queue), ct).ConfigureAwait(false);
            while (await channel.BasicGetAsync(DeadLetterQueue(queue), autoAck: false, ct).ConfigureAwait(false) is { } got)
            {
                var message = RabbitMqMessage.Read(got.BasicProperties, got.Body, got.DeliveryTag, redelivered: false);
                if (!await visit(channel, message).ConfigureAwait(false))
                {
                    break;
                }
            }

            await channel.CloseAsync(ct).ConfigureAwait(false);
        }
    }
}
