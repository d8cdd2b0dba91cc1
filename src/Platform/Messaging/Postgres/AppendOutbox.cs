using EventAgents.Platform.EventStore;

namespace EventAgents.Platform.Messaging;

/// <summary>
/// Enqueues messages in the transaction of an event-store append. Register it among the store's
/// <see cref="EventStoreOptions.InlineProjections"/>; then messages staged around an append are enqueued
/// if and only if the append commits.
/// </summary>
public sealed class AppendOutbox(PostgresQueue queue) : IInlineProjection
{
    private readonly AsyncLocal<StagedMessages?> _current = new();

    /// <summary>Stages envelopes for the next append made in this async flow, until the result is disposed.</summary>
    public StagedMessages Stage(IReadOnlyList<Envelope> envelopes)
    {
        var staged = new StagedMessages(envelopes, _current.Value, this);
        _current.Value = staged;
        return staged;
    }

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken ct)
    {
        if (_current.Value is { Enqueued: false } staged)
        {
            await queue.EnqueueAsync(context, staged.Envelopes, ct).ConfigureAwait(false);
            staged.Enqueued = true;
        }
    }

    internal void Unstage(StagedMessages staged)
    {
        if (_current.Value == staged)
        {
            _current.Value = staged.Previous;
        }
    }
}
