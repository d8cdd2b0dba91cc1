using EventAgents.Platform.GraphQL.Execution;

namespace EventAgents.Platform.GraphQL.Schema.Building;

/// <summary>Builds a <see cref="GraphQLSchema"/> code-first, from SDL, or both: SDL for the shape and code for resolvers.
/// Types refer to each other by name, so definition order does not matter; the schema keeps definition order for printing.</summary>
public sealed partial class SchemaBuilder
{
    private readonly List<object> _definitions = [];
    private readonly Dictionary<string, object> _byName = new(StringComparer.Ordinal);
    private readonly List<DirectiveBuilder> _directives = [];
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), SubscriptionResolver> _subscribers = [];
    private string? _queryName;
    private string? _mutationName;
    private string? _subscriptionName;
    private string? _description;

    /// <summary>Sets the schema's description.</summary>
    public SchemaBuilder Description(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Names the query root type (default "Query").</summary>
    public SchemaBuilder QueryType(string name)
    {
        _queryName = name;
        return this;
    }

    /// <summary>Names the mutation root type (default "Mutation" when such a type exists).</summary>
    public SchemaBuilder MutationType(string name)
    {
        _mutationName = name;
        return this;
    }

    /// <summary>Names the subscription root type (default "Subscription" when such a type exists).</summary>
    public SchemaBuilder SubscriptionType(string name)
    {
        _subscriptionName = name;
        return this;
    }

    /// <summary>Adds an object type, or configures it further when it exists.</summary>
    public SchemaBuilder Object(string name, Action<ObjectTypeBuilder> configure)
    {
        configure(GetOrAdd(name, static n => new ObjectTypeBuilder(n)));
        return this;
    }

    /// <summary>Adds an interface type, or configures it further when it exists.</summary>
    public SchemaBuilder Interface(string name, Action<InterfaceTypeBuilder> configure)
    {
        configure(GetOrAdd(name, static n => new InterfaceTypeBuilder(n)));
        return this;
    }

    /// <summary>Adds a union type, or configures it further when it exists.</summary>
    public SchemaBuilder Union(string name, Action<UnionTypeBuilder> configure)
    {
        configure(GetOrAdd(name, static n => new UnionTypeBuilder(n)));
        return this;
    }

    /// <summary>Adds an enum type, or configures it further when it exists.</summary>
    public SchemaBuilder Enum(string name, Action<EnumTypeBuilder> configure)
    {
        configure(GetOrAdd(name, static n => new EnumTypeBuilder(n)));
        return this;
    }

    /// <summary>Adds an enum type from a CLR enum: names in SCREAMING_SNAKE_CASE, internal values the enum members.</summary>
    public SchemaBuilder Enum<TEnum>(string? name = null)
        where TEnum : struct, System.Enum
    {
        return Enum(name ?? typeof(TEnum).Name, e =>
        {
            foreach (var value in System.Enum.GetValues<TEnum>())
            {
                e.Value(NameConventions.ToScreamingSnakeCase(value.ToString()), value);
            }
        });
    }

    /// <summary>Adds an input object type, or configures it further when it exists.</summary>
    public SchemaBuilder InputObject(string name, Action<InputObjectTypeBuilder> configure)
    {
        configure(GetOrAdd(name, static n => new InputObjectTypeBuilder(n)));
        return this;
    }

    /// <summary>Adds a scalar type (for example <see cref="ScalarType.DateTime"/>).</summary>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        if (_byName.TryGetValue(scalar.Name, out var existing))
        {
            var index = _definitions.IndexOf(existing);
            _definitions[index] = scalar;
        }
        else
        {
            _definitions.Add(scalar);
        }

        _byName[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Adds a custom directive.</summary>
    public SchemaBuilder Directive(string name, Action<DirectiveBuilder> configure)
    {
        var directive = _directives.Find(d => d.Name == name);
        if (directive is null)
        {
            directive = new DirectiveBuilder(name);
            _directives.Add(directive);
        }

        configure(directive);
        return this;
    }

    /// <summary>Sets the resolver of a field defined anywhere (code or SDL).</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, FieldResolver resolver)
    {
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Sets a synchronous resolver of a field defined anywhere.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, Func<ResolveContext, object?> resolve) =>
        Resolve(typeName, fieldName, context => new ValueTask<object?>(resolve(context)));

    /// <summary>Sets the source stream resolver of a subscription field defined anywhere.</summary>
    public SchemaBuilder Subscribe(string typeName, string fieldName, SubscriptionResolver subscriber)
    {
        _subscribers[(typeName, fieldName)] = subscriber;
        return this;
    }

    /// <summary>Sets many resolvers at once: type name, then field name, then resolver.</summary>
    public SchemaBuilder Resolvers(IReadOnlyDictionary<string, IReadOnlyDictionary<string, FieldResolver>> resolvers)
    {
        foreach (var (typeName, fields) in resolvers)
        {
            foreach (var (fieldName, resolver) in fields)
            {
                Resolve(typeName, fieldName, resolver);
            }
        }

        return this;
    }

    private T GetOrAdd<T>(string name, Func<string, T> create)
        where T : class
    {
        if (_byName.TryGetValue(name, out var existing))
        {
            return existing as T
                ?? throw new SchemaException($"Type \"{name}\" is already defined as another kind of type.");
        }

        var created = create(name);
        _definitions.Add(created);
        _byName[name] = created;
        return created;
    }
}
