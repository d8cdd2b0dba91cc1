namespace EventAgents.Platform.EventStore;

/// <summary>
/// An asynchronous read model fed by a subscription. Each batch is applied in one transaction together
/// with the subscription's checkpoint, so every event takes effect exactly once.
/// </summary>
public interface IProjection
{
    /// <summary>The subscription's name; also the checkpoint's.</summary>
    string Name { get; }

    Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken ct);

    /// <summary>Empties the read model before a rebuild from the first event.</summary>
    Task ResetAsync(ProjectionContext context, CancellationToken ct);
}

/// <summary>A projection that must act once its batch's transaction has committed (for instance to wake readers of what it wrote).</summary>
public interface IProjectionCommitted
{
    /// <summary>Called after each batch of the subscription committed.</summary>
    void Committed();
}
