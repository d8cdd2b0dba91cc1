namespace EventAgents.Platform.Messaging;

/// <summary>
/// Carries envelopes to named queues and hands them to workers. The PostgreSQL queue is the default;
/// a broker transport implements the same contract (see the contract tests).
/// </summary>
public interface IMessageTransport
{
    /// <summary>
    /// Sends envelopes. The PostgreSQL queue ignores an id it holds or has handled; a broker may deliver a
    /// duplicate, so handlers stay idempotent (follow-up ids are deterministic, appends carry command ids).
    /// </summary>
    Task SendAsync(IReadOnlyList<Envelope> envelopes, CancellationToken ct);

    /// <summary>A receiver for one worker of <paramref name="queue"/>.</summary>
    IMessageReceiver Receive(string queue);
}
