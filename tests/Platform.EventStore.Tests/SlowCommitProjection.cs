namespace EventAgents.Platform.EventStore.Tests;

/// <summary>Holds each append's transaction open for a random 0-50 ms after its positions were drawn, so commits land out of order.</summary>
internal sealed class SlowCommitProjection : IInlineProjection
{
    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken ct) =>
        await Task.Delay(Random.Shared.Next(0, 51), ct);
}
