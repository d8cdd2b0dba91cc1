using System.Runtime.CompilerServices;
using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Execution;

public sealed partial class GraphQLExecutor
{
    /// <summary>Runs a subscription: one result per source event, each executed with the event as the root field's value
    /// (a subscription field without a resolver resolves to the event itself). Errors before the stream starts come as a single result.
    /// A query or mutation yields its one result.</summary>
    public async IAsyncEnumerable<ExecutionResult> SubscribeAsync(
        ExecutionRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (context, failure) = Prepare(request, cancellationToken);
        if (context is null)
        {
            yield return failure!;
            yield break;
        }

        if (context.Operation.Operation != OperationType.Subscription)
        {
            yield return await ExecuteOperation(context, request.RootValue).ConfigureAwait(false);
            yield break;
        }

        var (stream, plan, error) = await CreateSourceStream(context, request.RootValue).ConfigureAwait(false);
        if (stream is null)
        {
            yield return ExecutionResult.FromError(error!);
            yield break;
        }

        await foreach (var payload in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var eventContext = new ExecutionContext(Schema, context.Document, context.Operation, context.Fragments, context.Variables, context.Request, cancellationToken)
            {
                ErrorFilter = _options.ErrorFilter,
                Plans = context.Plans,
            };
            yield return await ExecuteEvent(eventContext, plan!, payload).ConfigureAwait(false);
        }
    }

    private static async ValueTask<(IAsyncEnumerable<object?>? Stream, FieldPlan? Plan, GraphQLError? Error)> CreateSourceStream(ExecutionContext context, object? rootValue)
    {
        var rootType = context.Schema.SubscriptionType;
        if (rootType is null)
        {
            return (null, null, GraphQLError.At("Schema is not configured to execute subscription operation.", context.Operation));
        }

        FieldPlan plan;
        try
        {
            plan = RootPlan(context, rootType);
        }
        catch (GraphQLException exception)
        {
            return (null, null, GraphQLError.At(exception.Message, context.Operation));
        }

        if (plan.Fields.Length == 0)
        {
            return (null, null, GraphQLError.At("The subscription selects no field.", context.Operation));
        }

        var field = plan.Fields[0];
        var path = ResponsePath.Field(null, field.ResponseKey);
        try
        {
            var subscriber = field.Definition.Subscriber
                ?? throw new GraphQLException($"Subscription field \"{field.Definition.Name}\" has no source stream.");
            var arguments = field.ConstantArguments ?? ArgumentCoercion.Coerce(field.Definition.Arguments, field.Nodes[0].Arguments, context.Variables);
            var resolveContext = new ResolveContext(context, rootValue, rootType, field.Definition, field.Nodes, arguments, path);
            return (await subscriber(resolveContext).ConfigureAwait(false), plan, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return (null, null, Locate(context, exception, field, path));
        }
    }

    private static async ValueTask<ExecutionResult> ExecuteEvent(ExecutionContext context, FieldPlan plan, object? payload)
    {
        try
        {
            var data = await ExecuteFields(context, context.Schema.SubscriptionType!, payload, null, plan).ConfigureAwait(false);
            return BuildResult(context, (IReadOnlyDictionary<string, object?>?)data);
        }
        catch (FieldErrorException propagated)
        {
            context.AddError(propagated.Error);
            return BuildResult(context, null);
        }
    }
}
