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

    public BatchScheduler Batches => field ??= new BatchScheduler(CancellationToken);

    public ConcurrentDictionary<string, object> Loaders => field ??= new ConcurrentDictionary<string, object>(StringComparer.Ordinal);

    public bool UsesBatches { get; set; }

    public void DispatchIfOutermost()
    {
        if (UsesBatches && SyncPass.Depth == 1)
        {
            Batches.Dispatch();
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_errorsLock)
        {
            (_errors ??= []).Add(error);
        }
    }
}
