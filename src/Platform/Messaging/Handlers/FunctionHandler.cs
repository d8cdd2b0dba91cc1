namespace EventAgents.Platform.Messaging;

/// <summary>A handler that is a function of the message and its context.</summary>
internal sealed class FunctionHandler<TMessage>(Func<TMessage, MessageContext, CancellationToken, Task<Outcome>> handle) : IMessageHandler
{
    public async Task<HandledMessage> HandleAsync(object message, MessageContext context, EventStore.EventStore? store, CancellationToken ct) =>
        HandledMessage.From(await handle((TMessage)message, context, ct).ConfigureAwait(false));
}
