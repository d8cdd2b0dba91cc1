namespace EventAgents.Platform.Messaging.Tests;

public abstract partial class TransportContract
{
    [ServiceFact]
    public async Task A_scheduled_message_arrives_at_its_time_and_not_before()
    {
        var due = TimeProvider.System.GetUtcNow().AddSeconds(2);
        await Transport.SendAsync([NewEnvelope(new Ping("later", 1), due)], default);
        await using var receiver = Transport.Receive(QueueName);

        var delivery = await ReceiveOneAsync(receiver);

        Assert.True(TimeProvider.System.GetUtcNow() >= due, "delivered early");
        await delivery.CompleteAsync([], default);
    }

    [ServiceFact]
    public async Task A_retried_message_comes_back_after_its_backoff_with_the_next_attempt()
    {
        await Transport.SendAsync([NewEnvelope(new Ping("retry", 1))], default);
        await using var receiver = Transport.Receive(QueueName);
        var delivery = await ReceiveOneAsync(receiver);

        var at = TimeProvider.System.GetUtcNow().AddSeconds(1);
        await delivery.RetryAsync(at, MessageFailure.From(new InvalidOperationException("try later")), default);
        var again = await ReceiveOneAsync(receiver);

        Assert.True(TimeProvider.System.GetUtcNow() >= at, "retried early");
        Assert.Equal(delivery.Envelope.MessageId, again.Envelope.MessageId);
        Assert.Equal(2, again.Attempt);
        await again.CompleteAsync([], default);
    }

    [ServiceFact]
    public async Task An_abandoned_message_comes_back_at_once_without_counting_the_attempt()
    {
        await Transport.SendAsync([NewEnvelope(new Ping("abandon", 1))], default);
        await using var receiver = Transport.Receive(QueueName);
        var delivery = await ReceiveOneAsync(receiver);

        await delivery.AbandonAsync(default);
        var again = await ReceiveOneAsync(receiver);

        Assert.Equal(delivery.Envelope.MessageId, again.Envelope.MessageId);
        Assert.Equal(1, again.Attempt);
        await again.CompleteAsync([], default);
    }

    [ServiceFact]
    public async Task A_dead_letter_keeps_its_failure_and_can_be_replayed()
    {
        var deadLetters = Assert.IsAssignableFrom<IDeadLetters>(Transport);
        var sent = NewEnvelope(new Ping("dead", 1));
        await Transport.SendAsync([sent], default);
        await using var receiver = Transport.Receive(QueueName);
        var delivery = await ReceiveOneAsync(receiver);

        await delivery.DeadLetterAsync(MessageFailure.From(new InvalidOperationException("broken for good")), default);

        Assert.True(await NothingWithinAsync(receiver, TimeSpan.FromSeconds(1)));
        var letter = Assert.Single(await deadLetters.ListDeadLettersAsync(QueueName, 10, default));
        Assert.Equal(sent.MessageId, letter.Envelope.MessageId);
        Assert.Equal(1, letter.Attempts);
        Assert.Equal(("System.InvalidOperationException", "broken for good"), (letter.Failure.ExceptionType, letter.Failure.Message));

        Assert.True(await deadLetters.ReplayAsync(QueueName, sent.MessageId, default));
        var replayed = await ReceiveOneAsync(receiver);
        Assert.Equal(sent.MessageId, replayed.Envelope.MessageId);
        Assert.Equal(1, replayed.Attempt);
        Assert.Empty(await deadLetters.ListDeadLettersAsync(QueueName, 10, default));
        await replayed.CompleteAsync([], default);
    }
}
