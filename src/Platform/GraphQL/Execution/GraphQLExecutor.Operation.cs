using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Execution;

public sealed partial class GraphQLExecutor
{
    private static ValueTask<ExecutionResult> ExecuteOperation(ExecutionContext context, object? rootValue)
    {
        var operation = context.Operation;
        var rootType = context.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return new ValueTask<ExecutionResult>(new ExecutionResult
            {
                HasData = true,
                Errors = [GraphQLError.At($"Schema is not configured to execute {Printer.OperationName(operation.Operation)} operation.", operation)],
            });
        }

        FieldPlan plan;
        try
        {
            plan = RootPlan(context, rootType);
        }
        catch (GraphQLException error)
        {
            return new ValueTask<ExecutionResult>(new ExecutionResult { HasData = true, Errors = [GraphQLError.At(error.Message, operation)] });
        }

        ValueTask<object?> data;
        try
        {
            data = operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSerially(context, rootType, rootValue, plan)
                : ExecuteFields(context, rootType, rootValue, null, plan);
        }
        catch (FieldErrorException propagated)
        {
            context.AddError(propagated.Error);
            return new ValueTask<ExecutionResult>(BuildResult(context, null));
        }

        if (data.IsCompletedSuccessfully)
        {
            return new ValueTask<ExecutionResult>(BuildResult(context, (IReadOnlyDictionary<string, object?>?)data.Result));
        }

        return AwaitOperation(context, data);
    }

    private static async ValueTask<ExecutionResult> AwaitOperation(ExecutionContext context, ValueTask<object?> data)
    {
        try
        {
            return BuildResult(context, (IReadOnlyDictionary<string, object?>?)await data.ConfigureAwait(false));
        }
        catch (FieldErrorException propagated)
        {
            context.AddError(propagated.Error);
            return BuildResult(context, null);
        }
    }

    private static FieldPlan RootPlan(ExecutionContext context, ObjectType rootType)
    {
        if (context.Plans?.Get(context.Operation) is { } cached)
        {
            return cached;
        }

        var plan = FieldPlanner.Plan(context, rootType, context.Operation.SelectionSet);
        context.Plans?.Set(context.Operation, plan);
        return plan;
    }

    private static ExecutionResult BuildResult(ExecutionContext context, IReadOnlyDictionary<string, object?>? data) =>
        new() { Data = data, HasData = true, Errors = context.Errors };
}
