using System.Collections.Concurrent;

namespace EventAgents.Platform.GraphQL.Execution.DataLoading;

/// <summary>Collects the loaders of one request that have pending keys and dispatches them once the request is quiet:
/// no executor pass is running, and none started and no key was added during two turns of the thread pool's global queue
/// (where released continuations wait). Everything a level of the response asks for is thus fetched together, whatever
/// thread each resolver continued on. The end of every pass reschedules the dispatch, so keys are never left behind.</summary>
internal sealed class BatchScheduler(ExecutionContext context)
{
    private const int QuietTurnsBeforeDispatch = 2;
    private readonly ConcurrentQueue<IBatchDispatch> _pending = new();
    private int _version;
    private int _scheduled;

    public void KeyAdded() => Interlocked.Increment(ref _version);

    public void Enqueue(IBatchDispatch loader)
    {
        _pending.Enqueue(loader);
        ScheduleDispatch();
    }

    public void ScheduleDispatch()
    {
        if (!_pending.IsEmpty && Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static scheduler => _ = scheduler.DispatchWhenQuiet(), this, preferLocal: false);
        }
    }

    private async Task DispatchWhenQuiet()
    {
        var quietTurns = 0;
        while (quietTurns < QuietTurnsBeforeDispatch)
        {
            if (context.ActivePasses > 0)
            {
                Volatile.Write(ref _scheduled, 0);
                if (context.ActivePasses == 0)
                {
                    ScheduleDispatch();
                }

                return;
            }

            var version = Volatile.Read(ref _version);
            await GlobalTurn().ConfigureAwait(false);
            quietTurns = context.ActivePasses == 0 && Volatile.Read(ref _version) == version ? quietTurns + 1 : 0;
        }

        Volatile.Write(ref _scheduled, 0);
        while (_pending.TryDequeue(out var loader))
        {
            loader.Dispatch(context.CancellationToken);
        }

        ScheduleDispatch();
    }

    private static Task GlobalTurn()
    {
        var turn = new TaskCompletionSource();
        ThreadPool.UnsafeQueueUserWorkItem(static source => source.SetResult(), turn, preferLocal: false);
        return turn.Task;
    }
}
