using System.Collections.Concurrent;
using EventAgents.Platform.GraphQL.Execution.DataLoading;

namespace EventAgents.Platform.GraphQL.Execution;

internal sealed partial class ExecutionContext
{
    private readonly Lock _errorsLock = new();
    private List<GraphQLError>? _errors;

    public Func<Exception, GraphQLError, GraphQLError>? ErrorFilter { get; init; }

    public OperationPlans? Plans { get; init; }

    public IReadOnlyList<GraphQLError>? Errors => _errors;

    private int _activePasses;

    public BatchScheduler Batches => field ??= new BatchScheduler(this);

    public int ActivePasses => Volatile.Read(ref _activePasses);

    public ConcurrentDictionary<string, object> Loaders => field ??= new ConcurrentDictionary<string, object>(StringComparer.Ordinal);

    public bool UsesBatches { get; set; }

    /// <summary>Starts a frame of the executor; the outermost frame on a thread counts as an active pass of the request.</summary>
    public (object? Owner, int Depth, bool Outermost) EnterFrame()
    {
        var saved = SyncPass.Enter(this, out var outermost);
        if (outermost)
        {
            PassStarted();
        }

        return (saved.Owner, saved.Depth, outermost);
    }

    public void LeaveFrame((object? Owner, int Depth, bool Outermost) frame)
    {
        SyncPass.Leave((frame.Owner, frame.Depth));
        if (frame.Outermost)
        {
            PassEnded();
            if (UsesBatches)
            {
                Batches.ScheduleDispatch();
            }
        }
    }

    public void PassStarted() => Interlocked.Increment(ref _activePasses);

    public void PassEnded() => Interlocked.Decrement(ref _activePasses);

    public void AddError(GraphQLError error)
    {
        lock (_errorsLock)
        {
            (_errors ??= []).Add(error);
        }
    }
}
