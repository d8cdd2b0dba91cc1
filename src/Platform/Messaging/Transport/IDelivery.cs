namespace EventAgents.Platform.Messaging;

/// <summary>
/// A message handed to one worker. No other worker gets it until it is settled by one of these calls,
/// or until this worker dies (at-least-once delivery).
/// </summary>
public interface IDelivery
{
    Envelope Envelope { get; }

    /// <summary>1 on first delivery; counts redeliveries after a crash as well as retries.</summary>
    int Attempt { get; }

    /// <summary>Acknowledges the message and sends its follow-ups, atomically where the transport can.</summary>
    Task CompleteAsync(IReadOnlyList<Envelope> followUps, CancellationToken ct);

    /// <summary>Makes the message deliverable again at <paramref name="at"/>.</summary>
    Task RetryAsync(DateTimeOffset at, MessageFailure failure, CancellationToken ct);

    /// <summary>Moves the message to the dead letters, from where it can be replayed.</summary>
    Task DeadLetterAsync(MessageFailure failure, CancellationToken ct);

    /// <summary>Gives the message back unhandled for immediate redelivery (shutdown); the attempt is not counted.</summary>
    Task AbandonAsync(CancellationToken ct);
}
