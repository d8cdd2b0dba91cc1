using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Schema.Building;

/// <summary>Configures a field: description, arguments, deprecation, resolver, subscription source.</summary>
public sealed class FieldBuilder
{
    private readonly List<InputValueBuilder> _arguments = [];

    internal FieldBuilder(string name, TypeNode type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    internal TypeNode Type { get; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal FieldResolver? Resolver { get; set; }

    internal SubscriptionResolver? Subscriber { get; set; }

    internal IReadOnlyList<InputValueBuilder> ArgumentBuilders => _arguments;

    /// <summary>Sets the description.</summary>
    public FieldBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the field deprecated.</summary>
    public FieldBuilder Deprecated(string reason = Schema.DirectiveDefinition.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Adds an argument with a type in SDL syntax.</summary>
    public FieldBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null) =>
        Argument(name, Parser.ParseType(type), configure);

    /// <summary>Adds an argument with a parsed type.</summary>
    public FieldBuilder Argument(string name, TypeNode type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueBuilder(name, type);
        configure?.Invoke(argument);
        _arguments.Add(argument);
        return this;
    }

    /// <summary>Sets the resolver.</summary>
    public FieldBuilder Resolve(FieldResolver resolver)
    {
        Resolver = resolver;
        return this;
    }

    /// <summary>Sets a synchronous resolver.</summary>
    public FieldBuilder Resolve(Func<ResolveContext, object?> resolve)
    {
        Resolver = context => new ValueTask<object?>(resolve(context));
        return this;
    }

    /// <summary>Sets an asynchronous resolver.</summary>
    public FieldBuilder ResolveAsync<T>(Func<ResolveContext, Task<T>> resolve)
    {
        Resolver = async context => await resolve(context).ConfigureAwait(false);
        return this;
    }

    /// <summary>Sets the source stream of a subscription field; each event becomes the field's value unless a resolver maps it.</summary>
    public FieldBuilder Subscribe<T>(Func<ResolveContext, IAsyncEnumerable<T>> subscribe)
    {
        Subscriber = context => new ValueTask<IAsyncEnumerable<object?>>(Box(subscribe(context), context.CancellationToken));
        return this;
    }

    private static async IAsyncEnumerable<object?> Box<T>(
        IAsyncEnumerable<T> source,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
