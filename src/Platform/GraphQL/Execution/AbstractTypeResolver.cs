using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>Finds the object type of a value of an interface or union type.</summary>
internal static class AbstractTypeResolver
{
    public static string? ResolveTypeName(GraphQLSchema schema, NamedType abstractType, object value)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        if (resolver?.Invoke(value) is { } name)
        {
            return name;
        }

        if (value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var typename) && typename is string s)
        {
            return s;
        }

        var possible = schema.GetPossibleTypes(abstractType);
        for (var i = 0; i < possible.Count; i++)
        {
            if (possible[i].IsTypeOf is { } isTypeOf && isTypeOf(value))
            {
                return possible[i].Name;
            }
        }

        var clrType = value.GetType();
        for (var i = 0; i < possible.Count; i++)
        {
            if (possible[i].ClrType == clrType || (possible[i].ClrType is null && possible[i].Name == clrType.Name))
            {
                return possible[i].Name;
            }
        }

        return null;
    }
}
