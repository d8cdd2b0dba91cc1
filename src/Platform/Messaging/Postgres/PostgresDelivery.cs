namespace EventAgents.Platform.Messaging;

/// <summary>A message claimed from the PostgreSQL queue under a lease; settling it ends the lease.</summary>
internal sealed class PostgresDelivery(PostgresQueue queue, PostgresReceiver receiver, Envelope envelope, int attempt, Guid lease) : IDelivery
{
    private int _settled;

    public Envelope Envelope => envelope;

    public int Attempt => attempt;

    public Task CompleteAsync(IReadOnlyList<Envelope> followUps, CancellationToken ct) =>
        SettleAsync(() => queue.CompleteAsync(envelope.MessageId, lease, followUps, ct));

    public Task RetryAsync(DateTimeOffset at, MessageFailure failure, CancellationToken ct) =>
        SettleAsync(() => queue.RetryAsync(envelope.MessageId, lease, at, failure, ct));

    public Task DeadLetterAsync(MessageFailure failure, CancellationToken ct) =>
        SettleAsync(() => queue.DeadLetterAsync(envelope.MessageId, lease, failure, ct));

    public Task AbandonAsync(CancellationToken ct) =>
        SettleAsync(() => queue.AbandonAsync(envelope.MessageId, lease, ct));

    private async Task SettleAsync(Func<Task> settle)
    {
        if (Interlocked.Exchange(ref _settled, 1) == 1)
        {
            throw new InvalidOperationException($"Message {envelope.MessageId} was already settled.");
        }

        try
        {
            await settle().ConfigureAwait(false);
        }
        finally
        {
            receiver.Release(lease);
        }
    }
}
