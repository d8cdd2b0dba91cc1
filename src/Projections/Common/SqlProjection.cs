using EventAgents.Platform.EventStore;
using Npgsql;

namespace EventAgents.Projections;

/// <summary>
/// A projection into SQL tables: each event becomes a few statements in the subscription's transaction, and a reset
/// empties the tables it owns. Subclasses only map events to statements.
/// </summary>
public abstract class SqlProjection : IProjection, IProjectionCommitted
{
    private TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <summary>The tables the projection owns (without schema).</summary>
    public abstract IReadOnlyList<string> Tables { get; }

    /// <summary>Completes after the next batch of this projection commits in this process.</summary>
    public Task NextCommit => Volatile.Read(ref _committed).Task;

    /// <inheritdoc />
    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken ct)
    {
        var writer = new SqlWriter(context);
        foreach (var recorded in events)
        {
            await ApplyAsync(writer, recorded, ct).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task ResetAsync(ProjectionContext context, CancellationToken ct)
    {
        var tables = string.Join(", ", Tables.Select(table => context.SchemaPrefix + table));
        await using var command = context.CreateCommand($"TRUNCATE {tables}");
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Committed() => Interlocked.Exchange(ref _committed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Writes what one event changes.</summary>
    protected abstract Task ApplyAsync(SqlWriter sql, RecordedEvent recorded, CancellationToken ct);
}
