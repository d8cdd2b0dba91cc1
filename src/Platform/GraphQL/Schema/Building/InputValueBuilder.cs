using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Schema.Building;

/// <summary>Configures an argument or an input object field.</summary>
public sealed class InputValueBuilder
{
    internal InputValueBuilder(string name, TypeNode type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    internal TypeNode Type { get; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal bool HasDefault { get; private set; }

    internal object? Default { get; private set; }

    internal ValueNode? DefaultLiteral { get; private set; }

    /// <summary>Sets the description.</summary>
    public InputValueBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Sets the default as an internal value (what a resolver would receive).</summary>
    public InputValueBuilder DefaultValue(object? value)
    {
        HasDefault = true;
        Default = value;
        DefaultLiteral = null;
        return this;
    }

    /// <summary>Sets the default as a GraphQL literal, such as <c>"{limit: 10}"</c>.</summary>
    public InputValueBuilder DefaultLiteralText(string literal) => DefaultValueLiteral(Parser.ParseValue(literal));

    /// <summary>Sets the default as a parsed literal.</summary>
    public InputValueBuilder DefaultValueLiteral(ValueNode literal)
    {
        HasDefault = true;
        DefaultLiteral = literal;
        Default = null;
        return this;
    }

    /// <summary>Marks the value deprecated.</summary>
    public InputValueBuilder Deprecated(string reason = DirectiveDefinition.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }
}
