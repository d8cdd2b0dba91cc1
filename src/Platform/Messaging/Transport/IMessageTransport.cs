namespace EventAgents.Platform.Messaging;

/// <summary>
/// Carries envelopes to named queues and hands them to workers. The PostgreSQL queue is the default;
/// a broker transport implements the same contract (see the contract tests).
/// </summary>
public interface IMessageTransport
{
    /// <summary>Sends envelopes; an envelope whose id the transport already holds or has handled is ignored.</summary>
    Task SendAsync(IReadOnlyList<Envelope> envelopes, CancellationToken ct);

    /// <summary>A receiver for one worker of <paramref name="queue"/>.</summary>
    IMessageReceiver Receive(string queue);
}
