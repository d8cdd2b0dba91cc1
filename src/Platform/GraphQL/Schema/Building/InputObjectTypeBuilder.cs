using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Schema.Building;

/// <summary>Configures an input object type.</summary>
public sealed class InputObjectTypeBuilder
{
    private readonly List<InputValueBuilder> _fields = [];

    internal InputObjectTypeBuilder(string name) => Name = name;

    /// <summary>The name.</summary>
    public string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal IReadOnlyList<InputValueBuilder> FieldBuilders => _fields;

    /// <summary>Sets the description.</summary>
    public InputObjectTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a field with a type in SDL syntax.</summary>
    public InputObjectTypeBuilder Field(string name, string type, Action<InputValueBuilder>? configure = null) =>
        Field(name, Parser.ParseType(type), configure);

    /// <summary>Adds a field with a parsed type.</summary>
    public InputObjectTypeBuilder Field(string name, TypeNode type, Action<InputValueBuilder>? configure = null)
    {
        var field = new InputValueBuilder(name, type);
        configure?.Invoke(field);
        _fields.Add(field);
        return this;
    }
}
