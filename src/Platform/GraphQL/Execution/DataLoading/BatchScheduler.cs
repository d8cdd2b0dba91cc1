using System.Collections.Concurrent;

namespace EventAgents.Platform.GraphQL.Execution.DataLoading;

/// <summary>Collects the loaders of one request that have pending keys and dispatches them when the executor is about to wait.</summary>
internal sealed class BatchScheduler(CancellationToken cancellationToken)
{
    private readonly ConcurrentQueue<IBatchDispatch> _pending = new();

    public bool HasPending => !_pending.IsEmpty;

    public void Enqueue(IBatchDispatch loader)
    {
        _pending.Enqueue(loader);
        if (SyncPass.Depth == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static scheduler => scheduler.Dispatch(), this, preferLocal: false);
        }
    }

    public void Dispatch()
    {
        while (_pending.TryDequeue(out var loader))
        {
            loader.Dispatch(cancellationToken);
        }
    }
}
