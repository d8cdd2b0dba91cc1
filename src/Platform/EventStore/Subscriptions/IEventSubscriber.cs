namespace EventAgents.Platform.EventStore;

/// <summary>
/// Receives every event in global order, at least once: after a crash the batch that was being handled
/// is delivered again, so handling must be idempotent (or use <see cref="IProjection"/>).
/// </summary>
public interface IEventSubscriber
{
    string Name { get; }

    Task HandleAsync(IReadOnlyList<RecordedEvent> events, CancellationToken ct);
}
