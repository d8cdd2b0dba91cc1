using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>An immutable, validated schema: root types, every named type (in definition order), and directives.</summary>
public sealed partial class GraphQLSchema
{
    private readonly Dictionary<string, NamedType> _typesByName;
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = [];

    internal GraphQLSchema(
        ObjectType query,
        ObjectType? mutation,
        ObjectType? subscription,
        IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        string? description)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Types = types;
        Directives = directives;
        Description = description;
        _typesByName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _directivesByName = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        IndexPossibleTypes();
    }

    /// <summary>The query root type.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The mutation root type, if any.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root type, if any.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>The schema's description.</summary>
    public string? Description { get; }

    /// <summary>Every named type, in definition order (built-in scalars and introspection types included).</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>Every directive, the specified ones first.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The named type with a name, or null.</summary>
    public NamedType? GetType(string name) => _typesByName.GetValueOrDefault(name);

    /// <summary>The directive with a name, or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>The root type of an operation type, or null.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an abstract type may be.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.TryGetValue(abstractType, out var types) ? types : [];

    /// <summary>True when a type is a member of a union, or implements an interface (directly or not).</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    private void IndexPossibleTypes()
    {
        foreach (var type in Types)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = union.Types;
                    _subTypes[union] = [.. union.Types];
                    break;
                case InterfaceType:
                    _possibleTypes[type] = new List<ObjectType>();
                    _subTypes[type] = [];
                    break;
            }
        }

        foreach (var type in Types)
        {
            if (type is ComplexType complex)
            {
                foreach (var implemented in complex.Interfaces)
                {
                    if (_subTypes.TryGetValue(implemented, out var set))
                    {
                        set.Add(complex);
                    }

                    if (complex is ObjectType obj && _possibleTypes.TryGetValue(implemented, out var list))
                    {
                        ((List<ObjectType>)list).Add(obj);
                    }
                }
            }
        }
    }
}
