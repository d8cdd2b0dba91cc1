using EventAgents.Platform.EventStore;

namespace EventAgents.Projections;

/// <summary>
/// Keeps the read models current: one subscription per projection (owned by one process at a time), and a way for
/// readers to wait until a projection has applied a given position (read-your-writes after a command).
/// </summary>
public sealed class ProjectionDaemon(EventStore store, ReadModelReader reader, IReadOnlyList<SqlProjection> projections)
{
    private static readonly TimeSpan FallbackPoll = TimeSpan.FromMilliseconds(100);

    public IReadOnlyList<SqlProjection> Projections { get; } = projections;

    /// <summary>One subscription per projection (its checkpoint, ownership and last error).</summary>
    public IReadOnlyList<Subscription> Subscriptions { get; } = [.. projections.Select(projection => Subscription.For(store, projection))];

    public ReadModelReader Reader { get; } = reader;

    /// <summary>Runs every projection's subscription until cancelled.</summary>
    public Task RunAsync(CancellationToken ct) => Task.WhenAll(Subscriptions.Select(subscription => subscription.RunAsync(ct)));

    /// <summary>Waits until <paramref name="projectionName"/> has applied every event up to <paramref name="position"/>.</summary>
    /// <remarks>Wakes at this process's commits of the projection; the short poll covers a projection owned by another process.</remarks>
    public async Task WaitForAsync(string projectionName, long position, CancellationToken ct)
    {
        var projection = Projections.FirstOrDefault(p => p.Name == projectionName);
        while (true)
        {
            var committed = projection?.NextCommit ?? Task.CompletedTask;
            if (await Reader.CheckpointAsync(projectionName, ct).ConfigureAwait(false) >= position)
            {
                return;
            }

            await Task.WhenAny(committed, Task.Delay(FallbackPoll, ct)).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Rebuilds one projection from the first event.</summary>
    public Task<long> RebuildAsync(SqlProjection projection, CancellationToken ct) => Subscription.RebuildAsync(store, projection, ct: ct);
}
