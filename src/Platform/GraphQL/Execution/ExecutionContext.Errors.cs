namespace EventAgents.Platform.GraphQL.Execution;

internal sealed partial class ExecutionContext
{
    private readonly Lock _errorsLock = new();
    private List<GraphQLError>? _errors;

    public Func<Exception, GraphQLError, GraphQLError>? ErrorFilter { get; init; }

    public OperationPlans? Plans { get; init; }

    public IReadOnlyList<GraphQLError>? Errors => _errors;

    public void AddError(GraphQLError error)
    {
        lock (_errorsLock)
        {
            (_errors ??= []).Add(error);
        }
    }
}
