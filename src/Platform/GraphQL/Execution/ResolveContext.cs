using EventAgents.Platform.GraphQL.Execution.DataLoading;
using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>What a resolver knows: the parent value, the coerced arguments, the field, the path, and the request.</summary>
public sealed class ResolveContext
{
    internal ResolveContext(
        ExecutionContext execution,
        object? source,
        ObjectType parentType,
        FieldDefinition field,
        IReadOnlyList<FieldNode> fieldNodes,
        IReadOnlyDictionary<string, object?> arguments,
        ResponsePath path)
    {
        Execution = execution;
        Source = source;
        ParentType = parentType;
        Field = field;
        FieldNodes = fieldNodes;
        Arguments = arguments;
        Path = path;
    }

    /// <summary>The value of the parent object (the root value for root fields).</summary>
    public object? Source { get; }

    /// <summary>The object type that owns the field.</summary>
    public ObjectType ParentType { get; }

    /// <summary>The field being resolved.</summary>
    public FieldDefinition Field { get; }

    /// <summary>The field's nodes in the document (several when merged by response key).</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The coerced argument values, defaults applied; omitted arguments without defaults are absent.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>Where in the response this field's value goes.</summary>
    public ResponsePath Path { get; }

    /// <summary>The schema.</summary>
    public GraphQLSchema Schema => Execution.Schema;

    /// <summary>The operation being executed.</summary>
    public OperationDefinitionNode Operation => Execution.Operation;

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables => Execution.Variables;

    /// <summary>The application's per-request context object.</summary>
    public object? UserContext => Execution.Request.UserContext;

    /// <summary>The request's services, when the host provides them.</summary>
    public IServiceProvider? Services => Execution.Request.Services;

    /// <summary>Cancelled when the request is aborted.</summary>
    public CancellationToken CancellationToken => Execution.CancellationToken;

    internal ExecutionContext Execution { get; }

    /// <summary>The argument's value converted to T, or default when absent or null.</summary>
    public T? GetArgument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) && value is not null ? ArgumentConversion.To<T>(value) : default;

    /// <summary>The request's data loader with a name, created with the batch function on first use.</summary>
    public DataLoader<TKey, TValue> DataLoader<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        var execution = Execution;
        execution.UsesBatches = true;
        return (DataLoader<TKey, TValue>)execution.Loaders.GetOrAdd(name, _ => new DataLoader<TKey, TValue>(fetch, execution));
    }

    /// <summary>True when the argument was given (possibly as null) or has a default.</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);
}
