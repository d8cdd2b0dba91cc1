using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>An enum type.</summary>
public sealed class EnumType : NamedType
{
    private readonly Dictionary<string, EnumValue> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValue> _byValue = [];

    internal EnumType(string name, string? description) : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValue> Values { get; private set; } = [];

    /// <summary>The value with a name, or null.</summary>
    public EnumValue? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The name of an internal value, for a response.</summary>
    public string Serialize(object value)
    {
        if (_byValue.TryGetValue(value, out var found))
        {
            return found.Name;
        }

        if (value is string s && _byName.TryGetValue(s, out var byName) && byName.Value is string)
        {
            return byName.Name;
        }

        if (value is Enum e && _byName.TryGetValue(e.ToString(), out var byEnumName))
        {
            return byEnumName.Name;
        }

        throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(value)}");
    }

    /// <summary>The internal value for a variable's value (a name).</summary>
    public object? ParseValue(object value)
    {
        if (value is not string name)
        {
            var text = Inspector.Inspect(value);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {text}." + Suggest(text));
        }

        return _byName.TryGetValue(name, out var found)
            ? found.Value
            : throw new GraphQLException($"Value \"{name}\" does not exist in \"{Name}\" enum." + Suggest(name));
    }

    /// <summary>The internal value for a literal.</summary>
    public object? ParseLiteral(ValueNode node)
    {
        if (node is not EnumValueNode enumNode)
        {
            var text = Printer.Print(node);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-enum value: {text}." + Suggest(text));
        }

        return _byName.TryGetValue(enumNode.Value, out var found)
            ? found.Value
            : throw new GraphQLException($"Value \"{enumNode.Value}\" does not exist in \"{Name}\" enum." + Suggest(enumNode.Value));
    }

    internal void SetValues(IReadOnlyList<EnumValue> values)
    {
        Values = values;
        foreach (var value in values)
        {
            _byName[value.Name] = value;
            if (value.Value is not null)
            {
                _byValue.TryAdd(value.Value, value);
            }
        }
    }

    private string Suggest(string input)
    {
        var names = new List<string>(Values.Count);
        foreach (var value in Values)
        {
            names.Add(value.Name);
        }

        return Suggestions.DidYouMean("the enum value", Suggestions.List(input, names));
    }
}
