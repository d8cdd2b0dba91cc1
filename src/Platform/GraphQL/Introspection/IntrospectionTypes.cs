using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Introspection;

/// <summary>The introspection types (__Schema, __Type, ...) and meta-fields (__schema, __type, __typename), shared by every schema;
/// their resolvers read the schema of the request being executed.</summary>
public static partial class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        var nonNullString = new NonNullType(ScalarType.String);
        var nonNullBoolean = new NonNullType(ScalarType.Boolean);
        var type = new NonNullType(TypeType);
        var typeList = new ListType(type);

        SetFields(SchemaType,
            Field("description", ScalarType.String, c => ((GraphQLSchema)c.Source!).Description),
            Field("types", new NonNullType(typeList), c => ((GraphQLSchema)c.Source!).Types, "A list of all types supported by this server."),
            Field("queryType", type, c => ((GraphQLSchema)c.Source!).QueryType, "The type that query operations will be rooted at."),
            Field("mutationType", TypeType, c => ((GraphQLSchema)c.Source!).MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."),
            Field("subscriptionType", TypeType, c => ((GraphQLSchema)c.Source!).SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."),
            Field("directives", new NonNullType(new ListType(new NonNullType(DirectiveType))), c => ((GraphQLSchema)c.Source!).Directives, "A list of all directives supported by this server."));

        SetFields(TypeType,
            Field("kind", new NonNullType(TypeKindType), c => ((GraphQLType)c.Source!).Kind),
            Field("name", ScalarType.String, c => (c.Source as NamedType)?.Name),
            Field("description", ScalarType.String, c => (c.Source as NamedType)?.Description),
            Field("specifiedByURL", ScalarType.String, c => (c.Source as ScalarType)?.SpecifiedByUrl),
            WithIncludeDeprecated(Field("fields", new ListType(new NonNullType(FieldType)), TypeFields)),
            Field("interfaces", typeList, c => (c.Source as ComplexType)?.Interfaces),
            Field("possibleTypes", typeList, c => c.Source is NamedType { IsAbstract: true } t ? c.Schema.GetPossibleTypes(t) : null),
            WithIncludeDeprecated(Field("enumValues", new ListType(new NonNullType(EnumValueType)), TypeEnumValues)),
            WithIncludeDeprecated(Field("inputFields", new ListType(new NonNullType(InputValueType)), TypeInputFields)),
            Field("ofType", TypeType, c => c.Source switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null }));

        SetFields(FieldType,
            Field("name", nonNullString, c => ((FieldDefinition)c.Source!).Name),
            Field("description", ScalarType.String, c => ((FieldDefinition)c.Source!).Description),
            WithIncludeDeprecated(Field("args", new NonNullType(new ListType(new NonNullType(InputValueType))), c => Filter(((FieldDefinition)c.Source!).Arguments, c))),
            Field("type", type, c => ((FieldDefinition)c.Source!).Type),
            Field("isDeprecated", nonNullBoolean, c => ((FieldDefinition)c.Source!).IsDeprecated),
            Field("deprecationReason", ScalarType.String, c => ((FieldDefinition)c.Source!).DeprecationReason));

        SetFields(InputValueType,
            Field("name", nonNullString, c => ((InputValue)c.Source!).Name),
            Field("description", ScalarType.String, c => ((InputValue)c.Source!).Description),
            Field("type", type, c => ((InputValue)c.Source!).Type),
            Field("defaultValue", ScalarType.String, c => PrintDefault((InputValue)c.Source!), "A GraphQL-formatted string representing the default value for this input value."),
            Field("isDeprecated", nonNullBoolean, c => ((InputValue)c.Source!).IsDeprecated),
            Field("deprecationReason", ScalarType.String, c => ((InputValue)c.Source!).DeprecationReason));

        SetFields(EnumValueType,
            Field("name", nonNullString, c => ((EnumValue)c.Source!).Name),
            Field("description", ScalarType.String, c => ((EnumValue)c.Source!).Description),
            Field("isDeprecated", nonNullBoolean, c => ((EnumValue)c.Source!).IsDeprecated),
            Field("deprecationReason", ScalarType.String, c => ((EnumValue)c.Source!).DeprecationReason));

        SetFields(DirectiveType,
            Field("name", nonNullString, c => ((DirectiveDefinition)c.Source!).Name),
            Field("description", ScalarType.String, c => ((DirectiveDefinition)c.Source!).Description),
            Field("isRepeatable", nonNullBoolean, c => ((DirectiveDefinition)c.Source!).IsRepeatable),
            Field("locations", new NonNullType(new ListType(new NonNullType(DirectiveLocationType))), c => ((DirectiveDefinition)c.Source!).Locations),
            WithIncludeDeprecated(Field("args", new NonNullType(new ListType(new NonNullType(InputValueType))), c => Filter(((DirectiveDefinition)c.Source!).Arguments, c))));

        SchemaField = Field("__schema", new NonNullType(SchemaType), static c => c.Schema, "Access the current type schema of this server.");
        TypeField = Field("__type", TypeType, static c => c.Schema.GetType(c.GetArgument<string>("name")!), "Request the type information of a single type.");
        var nameArgument = new InputValue("name", nonNullString);
        TypeField.SetArguments([nameArgument]);
        TypeNameField = Field("__typename", nonNullString, static c => c.ParentType.Name, "The name of the current Object type at runtime.");
        All = [SchemaType, TypeType, TypeKindType, FieldType, InputValueType, EnumValueType, DirectiveType, DirectiveLocationType];
    }

    /// <summary>__Schema</summary>
    public static ObjectType SchemaType { get; } = new("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    /// <summary>__Type</summary>
    public static ObjectType TypeType { get; } = new("__Type", "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    /// <summary>__Field</summary>
    public static ObjectType FieldType { get; } = new("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    /// <summary>__InputValue</summary>
    public static ObjectType InputValueType { get; } = new("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    /// <summary>__EnumValue</summary>
    public static ObjectType EnumValueType { get; } = new("__EnumValue", "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

    /// <summary>__Directive</summary>
    public static ObjectType DirectiveType { get; } = new("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    /// <summary>__TypeKind</summary>
    public static EnumType TypeKindType { get; } = CreateTypeKind();

    /// <summary>__DirectiveLocation</summary>
    public static EnumType DirectiveLocationType { get; } = CreateDirectiveLocation();

    /// <summary>The __schema meta-field of the query root.</summary>
    public static FieldDefinition SchemaField { get; }

    /// <summary>The __type(name:) meta-field of the query root.</summary>
    public static FieldDefinition TypeField { get; }

    /// <summary>The __typename meta-field of every composite type.</summary>
    public static FieldDefinition TypeNameField { get; }

    /// <summary>Every introspection type.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    /// <summary>True for a name reserved by introspection.</summary>
    public static bool IsIntrospectionType(NamedType type) => type.Name.StartsWith("__", StringComparison.Ordinal);

    private static FieldDefinition Field(string name, GraphQLType type, Func<ResolveContext, object?> resolve, string? description = null) =>
        new(name, type) { Resolver = c => new ValueTask<object?>(resolve(c)), Description = description };

    private static FieldDefinition WithIncludeDeprecated(FieldDefinition field)
    {
        field.SetArguments([new InputValue("includeDeprecated", ScalarType.Boolean) { HasDefaultValue = true, DefaultValue = false }]);
        return field;
    }

    private static void SetFields(ObjectType type, params FieldDefinition[] fields) => type.SetFields(fields);
}
