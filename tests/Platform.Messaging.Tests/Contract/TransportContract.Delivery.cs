namespace EventAgents.Platform.Messaging.Tests;

public abstract partial class TransportContract
{
    [ServiceFact]
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

    [ServiceFact]
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

    [ServiceFact]
    public async Task Competing_receivers_never_get_the_same_unsettled_message()
    {
        await Transport.SendAsync([.. Enumerable.Range(0, 20).Select(n => NewEnvelope(new Ping("share", n)))], default);
        await using var first = Transport.Receive(QueueName);
        await using var second = (await CreateTransportAsync()).Receive(QueueName);
        var held = new List<IDelivery>();
        using var patience = new CancellationTokenSource(Patience);

        async Task TakeAsync(IMessageReceiver receiver)
        {
            while (true)
            {
                lock (held)
                {
                    if (held.Count >= 20)
                    {
                        return;
                    }
                }

                using var round = CancellationTokenSource.CreateLinkedTokenSource(patience.Token);
                round.CancelAfter(TimeSpan.FromSeconds(1));
                try
                {
                    var got = await receiver.ReceiveAsync(3, round.Token);
                    lock (held)
                    {
                        held.AddRange(got);
                    }
                }
                catch (OperationCanceledException) when (!patience.IsCancellationRequested)
                {
                    // Nothing more for this receiver right now; look again unless all are held.
                }
            }
        }

        await Task.WhenAll(TakeAsync(first), TakeAsync(second));

        Assert.Equal(20, held.Count);
        Assert.Equal(20, held.Select(d => d.Envelope.MessageId).Distinct().Count());
        Assert.True(await NothingWithinAsync(first, TimeSpan.FromSeconds(1)), "no message is handed out twice while held");
    }

    [ServiceFact]
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
