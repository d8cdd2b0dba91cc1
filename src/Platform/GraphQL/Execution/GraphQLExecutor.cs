using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>Executes requests against a schema: parse and validate (cached by text), coerce variables, execute, with
/// parallel query fields, serial mutation fields, null propagation and error paths; subscriptions as async streams.</summary>
public sealed partial class GraphQLExecutor
{
    private readonly ExecutorOptions _options;

    /// <summary>Creates an executor for a schema.</summary>
    public GraphQLExecutor(GraphQLSchema schema, ExecutorOptions? options = null)
    {
        Schema = schema;
        _options = options ?? new ExecutorOptions();
        Documents = new DocumentCache(schema, _options);
    }

    /// <summary>The schema.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The cache of parsed and validated documents.</summary>
    public DocumentCache Documents { get; }

    /// <summary>Executes a query or mutation. A subscription operation is rejected here; use <see cref="SubscribeAsync"/>.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        var (context, failure) = Prepare(request, cancellationToken);
        if (context is null)
        {
            return new ValueTask<ExecutionResult>(failure!);
        }

        if (context.Operation.Operation == OperationType.Subscription && Schema.SubscriptionType is not null)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromError(
                GraphQLError.At("Subscription operations must be executed with SubscribeAsync.", context.Operation)));
        }

        return ExecuteOperation(context, request.RootValue);
    }

    private (ExecutionContext? Context, ExecutionResult? Failure) Prepare(ExecutionRequest request, CancellationToken cancellationToken)
    {
        var cached = Documents.Get(request.Query);
        if (cached.Errors is not null)
        {
            return (null, ExecutionResult.FromErrors(cached.Errors));
        }

        var operation = SelectOperation(cached, request.OperationName, out var operationError);
        if (operation is null)
        {
            return (null, ExecutionResult.FromError(operationError!));
        }

        var (variables, variableErrors) = VariableCoercion.Coerce(Schema, operation, request.Variables);
        if (variableErrors is not null)
        {
            return (null, ExecutionResult.FromErrors(variableErrors));
        }

        var context = new ExecutionContext(Schema, cached.Document!, operation, cached.Fragments, variables, request, cancellationToken)
        {
            ErrorFilter = _options.ErrorFilter,
            Plans = cached.Plans,
        };
        return (context, null);
    }

    private static OperationDefinitionNode? SelectOperation(CachedDocument cached, string? operationName, out GraphQLError? error)
    {
        error = null;
        OperationDefinitionNode? selected = null;
        foreach (var operation in cached.Operations)
        {
            if (operationName is null)
            {
                if (selected is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }

                selected = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                selected = operation;
            }
        }

        if (selected is null)
        {
            error = new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
        }

        return selected;
    }
}
