namespace EventAgents.Platform.Messaging.Tests;

public abstract partial class TransportContract
{
    [Fact]
    public async Task A_sent_envelope_arrives_whole()
    {
        var sent = NewEnvelope(new Ping("whole", 1));
        await Transport.SendAsync([sent], default);
        await using var receiver = Transport.Receive(QueueName);

        var delivery = await ReceiveOneAsync(receiver);

        Assert.Equal(1, delivery.Attempt);
        Assert.Equal(sent.MessageId, delivery.Envelope.MessageId);
        Assert.Equal(sent.MessageType, delivery.Envelope.MessageType);
        Assert.Equal(new Ping("whole", 1), TestTypes.Create().Deserialize(delivery.Envelope.MessageType, delivery.Envelope.Body));
        Assert.Equal(("corr", "cause", "t1"), (delivery.Envelope.CorrelationId, delivery.Envelope.CausationId, delivery.Envelope.Headers?["tenant"]));
        Assert.Equal(sent.EnqueuedAt.ToUnixTimeMilliseconds(), delivery.Envelope.EnqueuedAt.ToUnixTimeMilliseconds());
        await delivery.CompleteAsync([], default);
    }

    [Fact]
    public async Task A_completed_message_is_gone_and_its_follow_ups_arrive()
    {
        await Transport.SendAsync([NewEnvelope(new Ping("done", 1))], default);
        await using var receiver = Transport.Receive(QueueName);
        var delivery = await ReceiveOneAsync(receiver);

        var followUp = NewEnvelope(new Pong("done", 2));
        await delivery.CompleteAsync([followUp], default);

        var next = await ReceiveOneAsync(receiver);
        Assert.Equal(followUp.MessageId, next.Envelope.MessageId);
        await next.CompleteAsync([], default);
        Assert.True(await NothingWithinAsync(receiver, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Competing_receivers_never_get_the_same_unsettled_message()
    {
        await Transport.SendAsync([.. Enumerable.Range(0, 20).Select(n => NewEnvelope(new Ping("share", n)))], default);
        await using var first = Transport.Receive(QueueName);
        await using var second = (await CreateTransportAsync()).Receive(QueueName);
        var seen = new List<Guid>();

        for (var round = 0; round < 10; round++)
        {
            var a = await ReceiveOneAsync(first);
            var b = await ReceiveOneAsync(second);
            seen.Add(a.Envelope.MessageId);
            seen.Add(b.Envelope.MessageId);
            Assert.NotEqual(a.Envelope.MessageId, b.Envelope.MessageId);
        }

        Assert.Equal(20, seen.Distinct().Count());
    }

    [Fact]
    public async Task The_message_of_a_receiver_that_died_comes_back_to_another()
    {
        var sent = NewEnvelope(new Ping("orphan", 1));
        await Transport.SendAsync([sent], default);
        var dying = (await CreateTransportAsync()).Receive(QueueName);
        await ReceiveOneAsync(dying);
        await dying.DisposeAsync();

        await using var survivor = Transport.Receive(QueueName);
        var delivery = await ReceiveOneAsync(survivor);

        Assert.Equal(sent.MessageId, delivery.Envelope.MessageId);
        Assert.Equal(2, delivery.Attempt);
        await delivery.CompleteAsync([], default);
    }
}
