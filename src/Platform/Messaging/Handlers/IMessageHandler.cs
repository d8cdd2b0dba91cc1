namespace EventAgents.Platform.Messaging;

/// <summary>A registered handler, its message type erased, so the platform can call it for a received message.</summary>
internal interface IMessageHandler
{
    Task<HandledMessage> HandleAsync(object message, MessageContext context, EventStore.EventStore? store, CancellationToken ct);
}
