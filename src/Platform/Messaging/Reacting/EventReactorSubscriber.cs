using EventAgents.Platform.EventStore;

namespace EventAgents.Platform.Messaging;

/// <summary>An <see cref="EventReactor"/> for transports that cannot join the checkpoint's transaction.</summary>
internal sealed class EventReactorSubscriber(EventReactor reactor) : IEventSubscriber
{
    public string Name => reactor.Name;

    public Task HandleAsync(IReadOnlyList<RecordedEvent> events, CancellationToken ct) => reactor.ReactAndSendAsync(events, ct);
}
