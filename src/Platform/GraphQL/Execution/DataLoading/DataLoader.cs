namespace EventAgents.Platform.GraphQL.Execution.DataLoading;

/// <summary>Batches and caches loads by key within one request: every key asked for while the executor resolves a level
/// is fetched with one call of the batch function. Get one with <see cref="ResolveContext.DataLoader{TKey, TValue}"/>.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type; a key missing from the batch result loads as default.</typeparam>
public sealed class DataLoader<TKey, TValue> : IBatchDispatch
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly BatchScheduler _scheduler;
    private readonly ExecutionContext _context;
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Source)>? _queue;

    internal DataLoader(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, ExecutionContext context)
    {
        _fetch = fetch;
        _context = context;
        _scheduler = context.Batches;
    }

    /// <summary>The value of a key, fetched with the other keys of the same batch; cached for the rest of the request.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        bool first;
        Task<TValue?> task;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var source = new TaskCompletionSource<TValue?>();
            task = source.Task;
            _cache[key] = task;
            first = _queue is null;
            (_queue ??= []).Add((key, source));
        }

        _scheduler.KeyAdded();
        if (first)
        {
            _scheduler.Enqueue(this);
        }

        return task;
    }

    /// <summary>The values of several keys, in order.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    void IBatchDispatch.Dispatch(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Source)>? batch;
        lock (_lock)
        {
            batch = _queue;
            _queue = null;
        }

        if (batch is not null)
        {
            _ = RunBatch(batch, cancellationToken);
        }
    }

    private async Task RunBatch(List<(TKey Key, TaskCompletionSource<TValue?> Source)> batch, CancellationToken cancellationToken)
    {
        try
        {
            var keys = new TKey[batch.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = batch[i].Key;
            }

            var values = await _fetch(keys, cancellationToken).ConfigureAwait(false);
            Complete(batch, values, null);
        }
        catch (Exception error)
        {
            Complete(batch, null, error);
        }
    }

    /// <summary>Completes the loads as one pass, so that the next dispatch waits for the continuations they release.</summary>
    private void Complete(List<(TKey Key, TaskCompletionSource<TValue?> Source)> batch, IReadOnlyDictionary<TKey, TValue>? values, Exception? error)
    {
        _context.PassStarted();
        try
        {
            foreach (var (key, source) in batch)
            {
                if (error is not null)
                {
                    source.TrySetException(error);
                }
                else
                {
                    source.TrySetResult(values!.TryGetValue(key, out var value) ? value : default);
                }
            }
        }
        finally
        {
            _context.PassEnded();
        }

        _scheduler.ScheduleDispatch();
    }
}
