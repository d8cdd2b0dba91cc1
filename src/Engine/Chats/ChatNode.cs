using EventAgents.Domain.Chats;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;

namespace EventAgents.Engine.Chats;

/// <summary>
/// Chat with agents on one node: a reactor turns each posted user message into a <see cref="ChatReplyDue"/> on the
/// <c>chat</c> queue (exactly once, with its checkpoint), and a worker answers it through <see cref="ChatResponder"/>.
/// Its own queue keeps slow model calls from holding up the engine's messages, and the engine's from holding up chat.
/// </summary>
public sealed class ChatNode
{
    public const string ReactorName = "chat-replies";
    public const string QueueName = "chat";

    private readonly EventReactor _reactor;
    private readonly MessageWorker _worker;

    public ChatNode(EventStore store, PostgresQueue queue, ChatResponder responder, TimeProvider clock, int concurrency = 4)
    {
        var types = new MessageTypeRegistry().Map<ChatReplyDue>("chat.reply-due.v1");
        var routes = new MessageRoutes().Route<ChatReplyDue>(QueueName);
        var envelopes = new EnvelopeFactory(types, routes, clock);
        var handlers = new HandlerRegistry(types)
            .Handle<ChatReplyDue>(responder.HandleAsync)
            .Retry<ChatReplyDue>(RetryPolicy.Exponential(4, TimeSpan.FromSeconds(2)));
        var reactions = new EventHandlers(store.Registry)
            .On<UserMessagePosted>((e, _) => Outcome.Send(new ChatReplyDue(e.SessionId, e.MessageId)));
        _reactor = new EventReactor(ReactorName, reactions, new EventReactorOptions { Store = store, Transport = queue, Envelopes = envelopes, Clock = clock });
        _worker = new MessageWorker(new WorkerOptions
        {
            Transport = queue, Handlers = handlers, Store = store, Clock = clock, Queue = QueueName, Routes = routes, Concurrency = concurrency,
        });
    }

    /// <summary>Runs until cancelled.</summary>
    public Task RunAsync(CancellationToken ct) =>
        Task.WhenAll(_reactor.Subscribe(new SubscriptionOptions { BatchSize = 200 }).RunAsync(ct), _worker.RunAsync(ct));
}
