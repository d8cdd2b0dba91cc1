using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Schema.Building;

/// <summary>Configures an object or interface type: description, implemented interfaces, fields.</summary>
/// <typeparam name="TSelf">The concrete builder, for fluent calls.</typeparam>
public abstract class ComplexTypeBuilder<TSelf>
    where TSelf : ComplexTypeBuilder<TSelf>
{
    private readonly List<string> _interfaces = [];
    private readonly List<FieldBuilder> _fields = [];

    /// <summary>Creates the builder for a named type.</summary>
    protected ComplexTypeBuilder(string name) => Name = name;

    /// <summary>The type's name.</summary>
    public string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal IReadOnlyList<string> InterfaceNames => _interfaces;

    internal IReadOnlyList<FieldBuilder> FieldBuilders => _fields;

    internal SyntaxNode? Definition { get; set; }

    /// <summary>Sets the description.</summary>
    public TSelf Description(string? description)
    {
        DescriptionText = description;
        return (TSelf)this;
    }

    /// <summary>Declares implemented interfaces by name.</summary>
    public TSelf Implements(params string[] interfaces)
    {
        _interfaces.AddRange(interfaces);
        return (TSelf)this;
    }

    /// <summary>Adds a field with a type written in SDL syntax, such as <c>"[User!]!"</c>.</summary>
    public TSelf Field(string name, string type, Action<FieldBuilder>? configure = null) =>
        Field(name, Parser.ParseType(type), configure);

    /// <summary>Adds a field whose value a synchronous function computes.</summary>
    public TSelf Field(string name, string type, Func<Execution.ResolveContext, object?> resolve) =>
        Field(name, Parser.ParseType(type), f => f.Resolve(resolve));

    /// <summary>Adds a field with a parsed type reference.</summary>
    public TSelf Field(string name, TypeNode type, Action<FieldBuilder>? configure = null)
    {
        var field = new FieldBuilder(name, type);
        configure?.Invoke(field);
        _fields.Add(field);
        return (TSelf)this;
    }

    /// <summary>Configures a field that was already added (for example from SDL).</summary>
    public TSelf ConfigureField(string name, Action<FieldBuilder> configure)
    {
        var field = _fields.Find(f => f.Name == name)
            ?? throw new SchemaException($"Field \"{Name}.{name}\" is not defined.");
        configure(field);
        return (TSelf)this;
    }
}
