using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Schema.Building;

public sealed partial class SchemaBuilder
{
    private sealed class TypeResolution(Dictionary<string, NamedType> types, List<string> problems)
    {
        public List<(InputValue Value, ValueNode Literal, string Owner)> PendingDefaults { get; } = [];

        public NamedType? Named(string name)
        {
            if (types.TryGetValue(name, out var type))
            {
                return type;
            }

            problems.Add($"Unknown type \"{name}\".");
            return null;
        }

        public GraphQLType? Type(TypeNode node) => node switch
        {
            NamedTypeNode named => Named(named.Name.Value),
            ListTypeNode list => Type(list.Type) is { } item ? new ListType(item) : null,
            NonNullTypeNode nonNull => Type(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
            _ => null,
        };

        public void CoerceDefaults()
        {
            foreach (var (value, literal, owner) in PendingDefaults)
            {
                if (ValueFromAst.TryCoerce(literal, value.Type, null, out var coerced))
                {
                    value.DefaultValue = coerced;
                }
                else
                {
                    problems.Add($"{owner}({value.Name}:) has an invalid default value: {Printer.Print(literal)}.");
                }
            }
        }
    }
}
