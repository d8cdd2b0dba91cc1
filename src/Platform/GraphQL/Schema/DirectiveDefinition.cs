namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>A directive the schema supports.</summary>
public sealed partial class DirectiveDefinition
{
    private Dictionary<string, InputValue> _argumentsByName = new(StringComparer.Ordinal);

    internal DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations)
    {
        Name = name;
        Locations = locations;
    }

    /// <summary>The name, without "@".</summary>
    public string Name { get; }

    /// <summary>The description.</summary>
    public string? Description { get; internal set; }

    /// <summary>Where it may appear.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValue> Arguments { get; private set; } = [];

    /// <summary>True when it may appear more than once at a location.</summary>
    public bool IsRepeatable { get; internal set; }

    /// <summary>True for @include, @skip, @deprecated and @specifiedBy.</summary>
    public bool IsSpecified => ReferenceEquals(this, Include) || ReferenceEquals(this, Skip)
        || ReferenceEquals(this, Deprecated) || ReferenceEquals(this, SpecifiedBy);

    /// <summary>The argument with a name, or null.</summary>
    public InputValue? GetArgument(string name) => _argumentsByName.GetValueOrDefault(name);

    internal void SetArguments(IReadOnlyList<InputValue> arguments)
    {
        Arguments = arguments;
        _argumentsByName = arguments.ToDictionary(a => a.Name, StringComparer.Ordinal);
    }
}
