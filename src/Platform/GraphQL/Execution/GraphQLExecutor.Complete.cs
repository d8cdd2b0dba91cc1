using System.Collections;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Execution;

public sealed partial class GraphQLExecutor
{
    private static ValueTask<object?> CompleteValue(ExecutionContext context, GraphQLType type, PlannedField field, ResponsePath path, object? result)
    {
        if (type is NonNullType nonNull)
        {
            var completed = CompleteValue(context, nonNull.OfType, field, path, result);
            if (completed.IsCompletedSuccessfully)
            {
                return completed.Result is null ? throw NullForNonNull(field) : completed;
            }

            return AwaitNonNull(field, completed);
        }

        if (result is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        return type switch
        {
            ListType list => CompleteList(context, list, field, path, result),
            ScalarType scalar => new ValueTask<object?>(CompleteLeaf(scalar, result, scalar.Serialize)),
            EnumType enumType => new ValueTask<object?>(CompleteLeaf(enumType, result, enumType.Serialize)),
            ObjectType obj => CompleteObject(context, obj, field, path, result),
            _ => CompleteAbstract(context, (NamedType)type, field, path, result),
        };
    }

    private static async ValueTask<object?> AwaitNonNull(PlannedField field, ValueTask<object?> completed) =>
        await completed.ConfigureAwait(false) ?? throw NullForNonNull(field);

    private static GraphQLException NullForNonNull(PlannedField field) =>
        new($"Cannot return null for non-nullable field {ParentName(field)}.{field.Definition.Name}.");

    private static string ParentName(PlannedField field) => field.ParentTypeName;

    private static object CompleteLeaf(NamedType type, object result, Func<object, object?> serialize) =>
        serialize(result) ?? throw new GraphQLException($"Expected `{type.Name}.serialize({Inspector.Inspect(result)})` to return non-nullable value, returned: null");

    private static ValueTask<object?> CompleteList(ExecutionContext context, ListType type, PlannedField field, ResponsePath path, object result)
    {
        if (result is not IEnumerable items || result is string || result is IDictionary || result is IReadOnlyDictionary<string, object?>)
        {
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{ParentName(field)}.{field.Definition.Name}\".");
        }

        var frame = context.EnterFrame();
        try
        {
            return CompleteItems(context, type.OfType, field, path, items, result);
        }
        finally
        {
            context.LeaveFrame(frame);
        }
    }

    private static ValueTask<object?> CompleteItems(ExecutionContext context, GraphQLType itemType, PlannedField field, ResponsePath path, IEnumerable items, object result)
    {
        var completed = result is ICollection collection ? new List<object?>(collection.Count) : [];
        List<(int Index, ResponsePath Path, ValueTask<object?> Task)>? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = ResponsePath.Index(path, index);
            ValueTask<object?> value;
            try
            {
                value = CompleteValue(context, itemType, field, itemPath, item);
            }
            catch (Exception error) when (error is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
            {
                value = new ValueTask<object?>(HandleFieldError(context, error, itemType, field, itemPath));
            }

            if (value.IsCompletedSuccessfully)
            {
                completed.Add(value.Result);
            }
            else
            {
                completed.Add(null);
                (pending ??= []).Add((index, itemPath, value));
            }

            index++;
        }

        return pending is null ? new ValueTask<object?>(completed) : AwaitList(context, itemType, field, completed, pending);
    }

    private static async ValueTask<object?> AwaitList(
        ExecutionContext context,
        GraphQLType itemType,
        PlannedField field,
        List<object?> completed,
        List<(int Index, ResponsePath Path, ValueTask<object?> Task)> pending)
    {
        FieldErrorException? propagated = null;
        foreach (var (index, path, task) in pending)
        {
            try
            {
                completed[index] = await task.ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
            {
                try
                {
                    completed[index] = HandleFieldError(context, error, itemType, field, path);
                }
                catch (FieldErrorException error2)
                {
                    propagated ??= error2;
                }
            }
        }

        return propagated is null ? completed : throw propagated;
    }

    private static ValueTask<object?> CompleteObject(ExecutionContext context, ObjectType type, PlannedField field, ResponsePath path, object result)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw new GraphQLException($"Expected value of type \"{type.Name}\" but got: {Inspector.Inspect(result)}.");
        }

        var plan = field.GetSubPlan(type);
        if (plan is null)
        {
            plan = FieldPlanner.PlanSubfields(context, type, field.Nodes);
            field.SetSubPlan(type, plan);
        }

        return ExecuteFields(context, type, result, path, plan);
    }

    private static ValueTask<object?> CompleteAbstract(ExecutionContext context, NamedType type, PlannedField field, ResponsePath path, object result)
    {
        var name = AbstractTypeResolver.ResolveTypeName(context.Schema, type, result)
            ?? throw new GraphQLException($"Abstract type \"{type.Name}\" must resolve to an Object type at runtime for field \"{ParentName(field)}.{field.Definition.Name}\". Either the \"{type.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        var runtimeType = context.Schema.GetType(name);
        if (runtimeType is null)
        {
            throw new GraphQLException($"Abstract type \"{type.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.");
        }

        if (runtimeType is not ObjectType objectType)
        {
            throw new GraphQLException($"Abstract type \"{type.Name}\" was resolved to a non-object type \"{name}\".");
        }

        if (!context.Schema.IsSubType(type, objectType))
        {
            throw new GraphQLException($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{type.Name}\".");
        }

        return CompleteObject(context, objectType, field, path, result);
    }
}
