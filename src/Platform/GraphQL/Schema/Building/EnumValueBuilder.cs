namespace EventAgents.Platform.GraphQL.Schema.Building;

/// <summary>Configures one enum value.</summary>
public sealed class EnumValueBuilder
{
    internal EnumValueBuilder(string name, object? value)
    {
        Name = name;
        InternalValue = value;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    internal object? InternalValue { get; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    /// <summary>Sets the description.</summary>
    public EnumValueBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the value deprecated.</summary>
    public EnumValueBuilder Deprecated(string reason = DirectiveDefinition.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    internal EnumValueBuilder CopyFrom(EnumValueBuilder other)
    {
        DescriptionText = other.DescriptionText;
        DeprecationReason = other.DeprecationReason;
        return this;
    }
}
