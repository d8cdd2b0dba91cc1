namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>An input object type.</summary>
public sealed class InputObjectType : NamedType
{
    private Dictionary<string, InputValue> _byName = new(StringComparer.Ordinal);

    internal InputObjectType(string name, string? description) : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<InputValue> Fields { get; private set; } = [];

    /// <summary>The field with a name, or null.</summary>
    public InputValue? GetField(string name) => _byName.GetValueOrDefault(name);

    internal void SetFields(IReadOnlyList<InputValue> fields)
    {
        Fields = fields;
        _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }
}
