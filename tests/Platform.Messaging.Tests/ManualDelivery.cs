namespace EventAgents.Platform.Messaging.Tests;

/// <summary>A delivery settled by nobody: for running the executor by hand.</summary>
public sealed record ManualDelivery(Envelope Envelope, int Attempt) : IDelivery
{
    public Task CompleteAsync(IReadOnlyList<Envelope> followUps, CancellationToken ct) => Task.CompletedTask;

    public Task RetryAsync(DateTimeOffset at, MessageFailure failure, CancellationToken ct) => Task.CompletedTask;

    public Task DeadLetterAsync(MessageFailure failure, CancellationToken ct) => Task.CompletedTask;

    public Task AbandonAsync(CancellationToken ct) => Task.CompletedTask;
}
