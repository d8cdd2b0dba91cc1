namespace EventAgents.Platform.Messaging;

/// <summary>
/// The handlers of a node, one per message type, with their retry policies. Every handled type must have a
/// stable name in <see cref="Types"/>, so it is checked when the handler is registered, not when a message arrives.
/// </summary>
public sealed class HandlerRegistry
{
    private readonly Dictionary<string, IMessageHandler> _handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RetryPolicy> _retries = new(StringComparer.Ordinal);

    public HandlerRegistry(MessageTypeRegistry types) => Types = types;

    public MessageTypeRegistry Types { get; }

    /// <summary>The retry policy of message types that have none of their own.</summary>
    public RetryPolicy DefaultRetry { get; private set; } = RetryPolicy.Default;

    /// <summary>The stable names of the handled message types.</summary>
    public IEnumerable<string> HandledTypes => _handlers.Keys;

    public HandlerRegistry Handle<TMessage>(Func<TMessage, MessageContext, Outcome> handle) =>
        Add<TMessage>(new FunctionHandler<TMessage>((m, c, _) => Task.FromResult(handle(m, c))));

    public HandlerRegistry Handle<TMessage>(Func<TMessage, MessageContext, CancellationToken, Task<Outcome>> handle) =>
        Add<TMessage>(new FunctionHandler<TMessage>(handle));

    public HandlerRegistry Handle<TMessage, TState>(AggregateHandler<TMessage, TState> handler) =>
        Add<TMessage>(new StreamStateHandler<TMessage, TState>(handler));

    public HandlerRegistry Retry<TMessage>(RetryPolicy policy)
    {
        _retries[Types.NameOf(typeof(TMessage))] = policy;
        return this;
    }

    public HandlerRegistry WithDefaultRetry(RetryPolicy policy)
    {
        DefaultRetry = policy;
        return this;
    }

    public RetryPolicy RetryPolicyFor(string messageType) => _retries.GetValueOrDefault(messageType, DefaultRetry);

    public bool Handles(string messageType) => _handlers.ContainsKey(messageType);

    /// <summary>Calls the handler of a message that needs no stream state, with no I/O: what a unit test does.</summary>
    public async Task<Outcome> InvokeAsync(object message, MessageContext context, CancellationToken ct = default) =>
        (await DispatchAsync(message, context, null, ct).ConfigureAwait(false)).Outcome;

    internal Task<HandledMessage> DispatchAsync(object message, MessageContext context, EventStore.EventStore? store, CancellationToken ct)
    {
        var name = Types.NameOf(message.GetType());
        return _handlers.TryGetValue(name, out var handler)
            ? handler.HandleAsync(message, context, store, ct)
            : throw new NoHandlerException($"No handler is registered for message type '{name}'.");
    }

    private HandlerRegistry Add<TMessage>(IMessageHandler handler)
    {
        var name = Types.NameOf(typeof(TMessage));
        if (!_handlers.TryAdd(name, handler))
        {
            throw new ArgumentException($"Message type '{name}' already has a handler.", nameof(handler));
        }

        return this;
    }
}
