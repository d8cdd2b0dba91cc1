namespace EventAgents.Platform.Messaging;

/// <summary>Which queue each message type is sent to; unrouted types go to <see cref="DefaultQueue"/>.</summary>
public sealed class MessageRoutes(string defaultQueue = "default")
{
    private readonly Dictionary<Type, string> _queues = [];

    public string DefaultQueue { get; } = defaultQueue;

    public MessageRoutes Route<TMessage>(string queue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        _queues[typeof(TMessage)] = queue;
        return this;
    }

    public string QueueFor(Type messageType) => _queues.GetValueOrDefault(messageType, DefaultQueue);
}
