namespace EventAgents.Platform.EventStore;

/// <summary>A read model updated in the same transaction as the append: it is never behind the events.</summary>
public interface IInlineProjection
{
    /// <summary>Applies freshly appended events (ordered by position); throwing aborts the append.</summary>
    Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken ct);
}
