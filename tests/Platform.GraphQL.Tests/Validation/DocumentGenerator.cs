using System.Globalization;
using System.Text;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Tests.Validation;

/// <summary>Generates random documents for a schema: mostly plausible, with deliberate mistakes sprinkled in.</summary>
public sealed class DocumentGenerator(GraphQLSchema schema, int seed, bool clean = false)
{
    private readonly Random _random = new(seed);
    private readonly List<(string Name, string Type)> _variables = [];
    private readonly List<string> _fragments = [];

    public string Next()
    {
        _variables.Clear();
        _fragments.Clear();
        var operation = _random.Next(10) switch
        {
            0 when schema.MutationType is not null => ("mutation", schema.MutationType),
            1 when schema.SubscriptionType is not null => ("subscription", schema.SubscriptionType),
            _ => ("query", (ObjectType)schema.QueryType),
        };
        var body = Selection(operation.Item2, 0);
        var builder = new StringBuilder();
        builder.Append(operation.Item1);
        if (Chance(50))
        {
            builder.Append(" Op").Append(_random.Next(3));
        }

        var declared = _variables.DistinctBy(v => v.Name).ToList();
        if (Mistake(15))
        {
            declared.Add(("unused", "Int"));
        }

        if (declared.Count > 0 && (clean || Chance(90)))
        {
            builder.Append('(').Append(string.Join(", ", declared.Select(v => $"${v.Name}: {Mutate(v.Type)}"))).Append(')');
        }

        builder.Append(' ').Append(body);
        foreach (var fragment in _fragments)
        {
            builder.Append('\n').Append(fragment);
        }

        if (Mistake(8))
        {
            builder.Append("\nfragment Unused on Dog { name }");
        }

        return builder.ToString();
    }

    private bool Chance(int percent) => _random.Next(100) < percent;

    private bool Mistake(int percent) => !clean && Chance(percent);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Mutate(string type) => clean ? type : _random.Next(20) switch
    {
        0 => type.TrimEnd('!'),
        1 => type + (type.EndsWith('!') ? string.Empty : "!"),
        2 => "String",
        _ => type,
    };

    private string Selection(NamedType type, int depth)
    {
        var parts = new List<string>();
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            parts.Add(Part(type, depth));
        }

        return "{ " + string.Join(" ", parts) + " }";
    }

    private string Part(NamedType type, int depth)
    {
        var roll = _random.Next(100);
        if (type is UnionType || roll < 12)
        {
            var possible = type.IsAbstract ? schema.GetPossibleTypes(type) : [];
            NamedType target = possible.Count > 0 && (clean || Chance(85)) ? Pick(possible) : Pick(schema.Types.Where(t => t is ObjectType or InterfaceType && !t.Name.StartsWith("__", StringComparison.Ordinal)).ToList());
            if (Chance(30))
            {
                var name = "F" + _fragments.Count.ToString(CultureInfo.InvariantCulture);
                _fragments.Add($"fragment {name} on {target.Name} {Selection(target, depth + 1)}");
                return "..." + name + Directives();
            }

            return $"... on {target.Name}{Directives()} {Selection(target, depth + 1)}";
        }

        if (roll < 15)
        {
            return "__typename";
        }

        var complex = (ComplexType)type;
        var candidates = clean && depth >= 3 ? complex.Fields.Where(f => f.Type.Named.IsLeaf).ToList() : [.. complex.Fields];
        if (candidates.Count == 0)
        {
            return "__typename";
        }

        var field = Pick(candidates);
        var fieldName = Mistake(4) ? field.Name + "x" : field.Name;
        var alias = !clean && Chance(15) ? Pick(new[] { "a", "b", "name" }) + ": " : string.Empty;
        var arguments = Arguments(field);
        var named = field.Type.Named;
        string selection;
        if (named.IsComposite)
        {
            selection = depth >= 3 || Mistake(3) ? string.Empty : " " + Selection(named, depth + 1);
        }
        else
        {
            selection = Mistake(3) ? " { x }" : string.Empty;
        }

        return alias + fieldName + arguments + Directives() + selection;
    }

    private string Directives()
    {
        if (!Chance(12))
        {
            return string.Empty;
        }

        if (clean)
        {
            return _random.Next(3) switch
            {
                0 => " @skip(if: false)",
                1 => " @include(if: " + Variable("Boolean!") + ")",
                _ => " @repeatable(times: 2) @repeatable",
            };
        }

        return _random.Next(6) switch
        {
            0 => " @skip(if: true)",
            1 => " @include(if: " + Variable("Boolean!") + ")",
            2 => " @onField",
            3 => " @include",
            4 => " @skip(if: false) @skip(if: true)",
            _ => " @repeatable(times: 2) @repeatable",
        };
    }

    private string Arguments(FieldDefinition field)
    {
        var parts = new List<string>();
        foreach (var argument in field.Arguments)
        {
            var required = argument.Type is NonNullType && !argument.HasDefaultValue;
            if (!required && Chance(50))
            {
                continue;
            }

            if (required && Mistake(5))
            {
                continue;
            }

            parts.Add(argument.Name + ": " + Value(argument.Type, 0));
        }

        if (Mistake(4))
        {
            parts.Add("bogus: 1");
        }

        return parts.Count == 0 ? string.Empty : "(" + string.Join(", ", parts) + ")";
    }

    private string Variable(string type)
    {
        var name = "v" + _random.Next(4).ToString(CultureInfo.InvariantCulture);
        _variables.Add((name, type));
        return "$" + name;
    }

    private string Value(GraphQLType type, int depth)
    {
        if (Chance(15))
        {
            return Variable(type.ToString());
        }

        if (Mistake(5))
        {
            return "null";
        }

        if (Mistake(6))
        {
            return Pick(new[] { "1", "\"s\"", "true", "RED", "1.5", "[1]", "{a: 1}" });
        }

        switch (type)
        {
            case NonNullType nonNull:
                return Value(nonNull.OfType, depth);
            case ListType list:
                return depth > 2 ? "[]" : "[" + Value(list.OfType, depth + 1) + (Chance(50) ? ", " + Value(list.OfType, depth + 1) : string.Empty) + "]";
            case EnumType enumType:
                return Pick(enumType.Values).Name;
            case InputObjectType input:
                var fields = input.Fields.Where(f => f.Type is NonNullType && !f.HasDefaultValue || Chance(40)).Select(f => f.Name + ": " + Value(f.Type, depth + 1)).ToList();
                return "{" + string.Join(", ", fields) + "}";
            case ScalarType scalar:
                return scalar.Name switch
                {
                    "Int" or "Long" => _random.Next(-5, 100).ToString(CultureInfo.InvariantCulture),
                    "Float" => "1.25",
                    "Boolean" => Chance(50) ? "true" : "false",
                    "ID" => Chance(50) ? "\"id\"" : "7",
                    _ => "\"text\"",
                };
            default:
                return "null";
        }
    }
}
