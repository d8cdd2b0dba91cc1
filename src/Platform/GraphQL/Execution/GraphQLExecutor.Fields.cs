using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Execution;

public sealed partial class GraphQLExecutor
{
    private static ValueTask<object?> ExecuteFields(ExecutionContext context, ObjectType type, object? source, ResponsePath? path, FieldPlan plan)
    {
        var frame = context.EnterFrame();
        try
        {
            return ExecuteFieldsInPass(context, type, source, path, plan);
        }
        finally
        {
            context.LeaveFrame(frame);
        }
    }

    private static ValueTask<object?> ExecuteFieldsInPass(ExecutionContext context, ObjectType type, object? source, ResponsePath? path, FieldPlan plan)
    {
        var fields = plan.Fields;
        var result = new Dictionary<string, object?>(fields.Length, StringComparer.Ordinal);
        List<(string Key, ValueTask<object?> Task)>? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var value = ExecuteField(context, type, source, field, ResponsePath.Field(path, field.ResponseKey));
            if (value.IsCompletedSuccessfully)
            {
                result[field.ResponseKey] = value.Result;
            }
            else
            {
                result[field.ResponseKey] = null;
                (pending ??= []).Add((field.ResponseKey, value));
            }
        }

        return pending is null ? new ValueTask<object?>(result) : AwaitFields(result, pending);
    }

    private static async ValueTask<object?> AwaitFields(Dictionary<string, object?> result, List<(string Key, ValueTask<object?> Task)> pending)
    {
        FieldErrorException? propagated = null;
        foreach (var (key, task) in pending)
        {
            try
            {
                result[key] = await task.ConfigureAwait(false);
            }
            catch (FieldErrorException error)
            {
                propagated ??= error;
            }
        }

        return propagated is null ? result : throw propagated;
    }

    private static async ValueTask<object?> ExecuteFieldsSerially(ExecutionContext context, ObjectType type, object? source, FieldPlan plan)
    {
        var result = new Dictionary<string, object?>(plan.Fields.Length, StringComparer.Ordinal);
        foreach (var field in plan.Fields)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            ValueTask<object?> value;
            var frame = context.EnterFrame();
            try
            {
                value = ExecuteField(context, type, source, field, ResponsePath.Field(null, field.ResponseKey));
            }
            finally
            {
                context.LeaveFrame(frame);
            }

            result[field.ResponseKey] = await value.ConfigureAwait(false);
        }

        return result;
    }

    private static ValueTask<object?> ExecuteField(ExecutionContext context, ObjectType parentType, object? source, PlannedField field, ResponsePath path)
    {
        var definition = field.Definition;
        object? resolved;
        try
        {
            var arguments = field.ConstantArguments ?? ArgumentCoercion.Coerce(definition.Arguments, field.Nodes[0].Arguments, context.Variables);
            var resolveContext = new ResolveContext(context, source, parentType, definition, field.Nodes, arguments, path);
            var resolver = definition.Resolver ?? (definition.Subscriber is not null && path.Parent is null ? SourceEventResolver : DefaultFieldResolver.Instance);
            var pending = resolver(resolveContext);
            if (!pending.IsCompletedSuccessfully)
            {
                return AwaitResolved(context, field, path, pending);
            }

            resolved = pending.Result;
        }
        catch (Exception error) when (error is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return new ValueTask<object?>(HandleFieldError(context, error, definition.Type, field, path));
        }

        return CompleteField(context, field, path, resolved);
    }

    private static readonly FieldResolver SourceEventResolver = static c => new ValueTask<object?>(c.Source);

    private static async ValueTask<object?> AwaitResolved(ExecutionContext context, PlannedField field, ResponsePath path, ValueTask<object?> pending)
    {
        object? resolved;
        try
        {
            resolved = await pending.ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(context, error, field.Definition.Type, field, path);
        }

        return await CompleteField(context, field, path, resolved).ConfigureAwait(false);
    }

    private static ValueTask<object?> CompleteField(ExecutionContext context, PlannedField field, ResponsePath path, object? resolved)
    {
        var type = field.Definition.Type;
        try
        {
            var completed = CompleteValue(context, type, field, path, resolved);
            return completed.IsCompletedSuccessfully ? completed : AwaitCompleted(context, field, path, completed);
        }
        catch (Exception error) when (error is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return new ValueTask<object?>(HandleFieldError(context, error, type, field, path));
        }
    }

    private static async ValueTask<object?> AwaitCompleted(ExecutionContext context, PlannedField field, ResponsePath path, ValueTask<object?> completed)
    {
        try
        {
            return await completed.ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(context, error, field.Definition.Type, field, path);
        }
    }

    private static object? HandleFieldError(ExecutionContext context, Exception exception, GraphQLType returnType, PlannedField field, ResponsePath path)
    {
        var error = exception is FieldErrorException propagated ? propagated.Error : Locate(context, exception, field, path);
        if (returnType is NonNullType)
        {
            throw exception as FieldErrorException ?? new FieldErrorException(error);
        }

        context.AddError(error);
        return null;
    }

    private static GraphQLError Locate(ExecutionContext context, Exception exception, PlannedField field, ResponsePath path)
    {
        var locations = new SourceLocation[field.Nodes.Length];
        for (var i = 0; i < locations.Length; i++)
        {
            locations[i] = new SourceLocation(field.Nodes[i].Location.Line, field.Nodes[i].Location.Column);
        }

        var error = new GraphQLError(exception.Message)
        {
            Locations = locations,
            Path = path.ToList(),
            Extensions = (exception as GraphQLException)?.Extensions,
            Exception = exception,
        };
        return context.ErrorFilter is { } filter && exception is not GraphQLException ? filter(exception, error) : error;
    }
}
