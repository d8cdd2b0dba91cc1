namespace EventAgents.Platform.Messaging;

/// <summary>The messages that failed for good, kept for inspection and replay.</summary>
public interface IDeadLetters
{
    Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(string? queue, int limit, CancellationToken ct);

    /// <summary>Sends a dead letter back to its queue with its attempts reset; false when the queue has no such dead letter.</summary>
    Task<bool> ReplayAsync(string queue, Guid messageId, CancellationToken ct);
}
