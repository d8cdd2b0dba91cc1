namespace EventAgents.Platform.Messaging;

/// <summary>Envelopes waiting for an append's transaction; see <see cref="AppendOutbox.Stage"/>.</summary>
public sealed class StagedMessages : IDisposable
{
    private readonly AppendOutbox _outbox;

    internal StagedMessages(IReadOnlyList<Envelope> envelopes, StagedMessages? previous, AppendOutbox outbox)
    {
        Envelopes = envelopes;
        Previous = previous;
        _outbox = outbox;
    }

    public IReadOnlyList<Envelope> Envelopes { get; }

    /// <summary>True once written in an append's transaction (which may still roll back if the append fails).</summary>
    public bool Enqueued { get; internal set; }

    internal StagedMessages? Previous { get; }

    public void Dispose() => _outbox.Unstage(this);
}
