using EventAgents.Platform.GraphQL.Execution;

namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition
{
    private Dictionary<string, InputValue>? _argumentsByName;

    internal FieldDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The field's description.</summary>
    public string? Description { get; internal set; }

    /// <summary>The field's type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValue> Arguments { get; private set; } = [];

    /// <summary>Resolves the field's value; when null the default resolver reads a property or dictionary entry of the parent.</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>For subscription root fields: produces the source stream of events.</summary>
    public SubscriptionResolver? Subscriber { get; internal set; }

    /// <summary>Why the field is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>True when the field is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The argument with a name, or null.</summary>
    public InputValue? GetArgument(string name) =>
        _argumentsByName is null ? null : _argumentsByName.GetValueOrDefault(name);

    internal void SetArguments(IReadOnlyList<InputValue> arguments)
    {
        Arguments = arguments;
        _argumentsByName = arguments.Count == 0 ? null : arguments.ToDictionary(a => a.Name, StringComparer.Ordinal);
    }
}
