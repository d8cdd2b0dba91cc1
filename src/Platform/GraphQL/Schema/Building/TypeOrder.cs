using EventAgents.Platform.GraphQL.Introspection;

namespace EventAgents.Platform.GraphQL.Schema.Building;

/// <summary>Orders a schema's types the way graphql-js's schema constructor collects them: the given types in order,
/// each followed by referenced types not yet seen, then the root types, directive argument types and introspection types.</summary>
internal static class TypeOrder
{
    public static List<NamedType> Collect(
        IEnumerable<NamedType> given,
        ObjectType query,
        ObjectType? mutation,
        ObjectType? subscription,
        IReadOnlyList<DirectiveDefinition> directives)
    {
        var givenList = given.ToList();
        var order = new List<NamedType>();
        var seen = new HashSet<NamedType>();
        foreach (var type in givenList)
        {
            seen.Add(type);
        }

        foreach (var type in givenList)
        {
            order.Remove(type);
            seen.Remove(type);
            Visit(type, order, seen);
        }

        Visit(query, order, seen);
        if (mutation is not null)
        {
            Visit(mutation, order, seen);
        }

        if (subscription is not null)
        {
            Visit(subscription, order, seen);
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Visit(argument.Type.Named, order, seen);
            }
        }

        Visit(IntrospectionTypes.SchemaType, order, seen);
        return order;
    }

    private static void Visit(NamedType type, List<NamedType> order, HashSet<NamedType> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        order.Add(type);
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Visit(member, order, seen);
                }

                break;
            case ComplexType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Visit(iface, order, seen);
                }

                foreach (var field in complex.Fields)
                {
                    Visit(field.Type.Named, order, seen);
                    foreach (var argument in field.Arguments)
                    {
                        Visit(argument.Type.Named, order, seen);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Visit(field.Type.Named, order, seen);
                }

                break;
        }
    }
}
