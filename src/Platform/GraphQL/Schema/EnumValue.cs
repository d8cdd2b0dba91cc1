namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>One value of an enum type: its name in GraphQL and its internal value.</summary>
public sealed class EnumValue
{
    internal EnumValue(string name, object? value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The name as written in documents and responses.</summary>
    public string Name { get; }

    /// <summary>The internal value resolvers produce and receive (the name itself unless configured).</summary>
    public object? Value { get; }

    /// <summary>The description.</summary>
    public string? Description { get; internal set; }

    /// <summary>Why the value is deprecated, or null.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;
}
