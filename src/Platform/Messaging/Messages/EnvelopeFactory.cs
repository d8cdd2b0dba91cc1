namespace EventAgents.Platform.Messaging;

/// <summary>
/// Turns messages into envelopes: stable type name, JSON body, queue, delivery time. The follow-ups of a handled
/// message get ids derived from its id, and carry its correlation, so a redelivery produces the same envelopes.
/// </summary>
public sealed class EnvelopeFactory(MessageTypeRegistry types, MessageRoutes? routes = null, TimeProvider? clock = null)
{
    private readonly MessageRoutes _routes = routes ?? new MessageRoutes();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public MessageTypeRegistry Types => types;

    /// <summary>An envelope for a message sent on its own (not as the follow-up of another).</summary>
    public Envelope Create(OutgoingMessage message, string? correlationId = null) =>
        Build(message, message.MessageId ?? Guid.NewGuid(), correlationId, causationId: null);

    public Envelope Create(object message) => Create(new OutgoingMessage(message));

    /// <summary>The envelopes of the messages that follow from handling <paramref name="parent"/>.</summary>
    public IReadOnlyList<Envelope> FollowUps(IReadOnlyList<OutgoingMessage> messages, MessageContext parent) =>
        FollowUps(messages, parent.MessageId, parent.CorrelationId ?? parent.MessageId.ToString());

    /// <summary>The envelopes of messages that follow from <paramref name="cause"/> (a message or event id).</summary>
    public IReadOnlyList<Envelope> FollowUps(IReadOnlyList<OutgoingMessage> messages, Guid cause, string? correlationId)
    {
        var envelopes = new Envelope[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            var id = messages[i].MessageId ?? MessageIds.Derive(cause, i);
            envelopes[i] = Build(messages[i], id, correlationId, cause.ToString());
        }

        return envelopes;
    }

    private Envelope Build(OutgoingMessage message, Guid id, string? correlationId, string? causationId)
    {
        var now = _clock.GetUtcNow();
        var type = message.Message.GetType();
        return new Envelope
        {
            MessageId = id,
            MessageType = types.NameOf(type),
            Body = types.Serialize(message.Message),
            Queue = _routes.QueueFor(type),
            EnqueuedAt = now,
            DeliverAt = message.DueAt(now),
            CorrelationId = correlationId,
            CausationId = causationId,
        };
    }
}
