using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Schema.Building;

/// <summary>Configures a custom directive.</summary>
public sealed class DirectiveBuilder
{
    private readonly List<InputValueBuilder> _arguments = [];
    private readonly List<DirectiveLocation> _locations = [];

    internal DirectiveBuilder(string name) => Name = name;

    /// <summary>The name, without "@".</summary>
    public string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal bool IsRepeatable { get; private set; }

    internal IReadOnlyList<InputValueBuilder> ArgumentBuilders => _arguments;

    internal IReadOnlyList<DirectiveLocation> LocationList => _locations;

    /// <summary>Sets the description.</summary>
    public DirectiveBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Allows the directive more than once per location.</summary>
    public DirectiveBuilder Repeatable(bool repeatable = true)
    {
        IsRepeatable = repeatable;
        return this;
    }

    /// <summary>Adds locations where the directive may appear.</summary>
    public DirectiveBuilder Locations(params DirectiveLocation[] locations)
    {
        _locations.AddRange(locations);
        return this;
    }

    /// <summary>Adds an argument with a type in SDL syntax.</summary>
    public DirectiveBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null) =>
        Argument(name, Parser.ParseType(type), configure);

    /// <summary>Adds an argument with a parsed type.</summary>
    public DirectiveBuilder Argument(string name, TypeNode type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueBuilder(name, type);
        configure?.Invoke(argument);
        _arguments.Add(argument);
        return this;
    }
}
