namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>An argument of a field or directive, or a field of an input object type.</summary>
public sealed class InputValue
{
    internal InputValue(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description.</summary>
    public string? Description { get; internal set; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>True when a default value is defined (it may be null).</summary>
    public bool HasDefaultValue { get; internal set; }

    /// <summary>The default value, already coerced to its internal form.</summary>
    public object? DefaultValue { get; internal set; }

    /// <summary>Why the value is deprecated, or null.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;
}
