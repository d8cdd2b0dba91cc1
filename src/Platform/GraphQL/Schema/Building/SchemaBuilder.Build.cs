using EventAgents.Platform.GraphQL.Introspection;

namespace EventAgents.Platform.GraphQL.Schema.Building;

public sealed partial class SchemaBuilder
{
    /// <summary>Creates the schema. Throws <see cref="SchemaException"/> listing every problem when the definition is invalid.</summary>
    public GraphQLSchema Build()
    {
        var problems = new List<string>();
        var types = CreateNamedTypes();
        var resolve = new TypeResolution(types, problems);
        foreach (var definition in _definitions)
        {
            Complete(definition, types[NameOf(definition)], resolve, problems);
        }

        var directives = new List<DirectiveDefinition>(DirectiveDefinition.SpecifiedDirectives);
        foreach (var builder in _directives)
        {
            if (directives.Exists(d => d.Name == builder.Name))
            {
                continue;
            }

            var directive = new DirectiveDefinition(builder.Name, builder.LocationList)
            {
                Description = builder.DescriptionText,
                IsRepeatable = builder.IsRepeatable,
            };
            directive.SetArguments(CreateInputValues(builder.ArgumentBuilders, resolve, problems, "@" + builder.Name));
            directives.Add(directive);
        }

        resolve.CoerceDefaults();
        ApplyResolvers(types, problems);
        var query = RootType(types, _queryName, "Query", problems, required: true);
        var mutation = RootType(types, _mutationName, "Mutation", problems, required: false);
        var subscription = RootType(types, _subscriptionName, "Subscription", problems, required: false);
        if (problems.Count > 0 || query is null)
        {
            throw new SchemaException(problems.Count > 0 ? problems : ["Query root type must be provided."]);
        }

        var ordered = TypeOrder.Collect(_definitions.Select(d => types[NameOf(d)]), query, mutation, subscription, directives);
        var schema = new GraphQLSchema(query, mutation, subscription, ordered, directives, _description);
        var invalid = SchemaValidator.Validate(schema);
        return invalid.Count > 0 ? throw new SchemaException(invalid) : schema;
    }

    private static string NameOf(object definition) => definition switch
    {
        ScalarType s => s.Name,
        ObjectTypeBuilder o => o.Name,
        InterfaceTypeBuilder i => i.Name,
        UnionTypeBuilder u => u.Name,
        EnumTypeBuilder e => e.Name,
        InputObjectTypeBuilder i => i.Name,
        _ => throw new InvalidOperationException(),
    };

    private Dictionary<string, NamedType> CreateNamedTypes()
    {
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var scalar in new[] { ScalarType.Int, ScalarType.Float, ScalarType.String, ScalarType.Boolean, ScalarType.ID })
        {
            types[scalar.Name] = scalar;
        }

        foreach (var type in IntrospectionTypes.All)
        {
            types[type.Name] = type;
        }

        foreach (var definition in _definitions)
        {
            NamedType type = definition switch
            {
                ScalarType s => s,
                ObjectTypeBuilder o => new ObjectType(o.Name, o.DescriptionText) { IsTypeOf = o.IsTypeOfFunction, ClrType = o.Clr },
                InterfaceTypeBuilder i => new InterfaceType(i.Name, i.DescriptionText) { ResolveType = i.TypeResolver },
                UnionTypeBuilder u => new UnionType(u.Name, u.DescriptionText) { ResolveType = u.TypeResolver },
                EnumTypeBuilder e => new EnumType(e.Name, e.DescriptionText),
                InputObjectTypeBuilder i => new InputObjectType(i.Name, i.DescriptionText),
                _ => throw new InvalidOperationException(),
            };
            types[type.Name] = type;
        }

        return types;
    }

    private static void Complete(object definition, NamedType type, TypeResolution resolve, List<string> problems)
    {
        switch (definition)
        {
            case ObjectTypeBuilder o:
                CompleteComplex((ComplexType)type, o.InterfaceNames, o.FieldBuilders, resolve, problems);
                break;
            case InterfaceTypeBuilder i:
                CompleteComplex((ComplexType)type, i.InterfaceNames, i.FieldBuilders, resolve, problems);
                break;
            case UnionTypeBuilder u:
                var members = new List<ObjectType>();
                foreach (var name in u.TypeNames)
                {
                    if (resolve.Named(name) is { } member)
                    {
                        if (member is ObjectType obj)
                        {
                            members.Add(obj);
                        }
                        else
                        {
                            problems.Add($"Union type {u.Name} can only include Object types, it cannot include {member.Kind} type {name}.");
                        }
                    }
                }

                ((UnionType)type).Types = members;
                break;
            case EnumTypeBuilder e:
                var values = new List<EnumValue>(e.ValueBuilders.Count);
                foreach (var v in e.ValueBuilders)
                {
                    values.Add(new EnumValue(v.Name, v.InternalValue) { Description = v.DescriptionText, DeprecationReason = v.DeprecationReason });
                }

                ((EnumType)type).SetValues(values);
                break;
            case InputObjectTypeBuilder i:
                ((InputObjectType)type).SetFields(CreateInputValues(i.FieldBuilders, resolve, problems, i.Name));
                break;
        }
    }

    private static void CompleteComplex(
        ComplexType type,
        IReadOnlyList<string> interfaceNames,
        IReadOnlyList<FieldBuilder> fieldBuilders,
        TypeResolution resolve,
        List<string> problems)
    {
        var interfaces = new List<InterfaceType>(interfaceNames.Count);
        foreach (var name in interfaceNames)
        {
            if (resolve.Named(name) is { } named)
            {
                if (named is InterfaceType iface)
                {
                    interfaces.Add(iface);
                }
                else
                {
                    problems.Add($"Type {type.Name} must only implement Interface types, it cannot implement {name}.");
                }
            }
        }

        var fields = new List<FieldDefinition>(fieldBuilders.Count);
        foreach (var builder in fieldBuilders)
        {
            var fieldType = resolve.Type(builder.Type);
            var field = new FieldDefinition(builder.Name, fieldType ?? ScalarType.String)
            {
                Description = builder.DescriptionText,
                DeprecationReason = builder.DeprecationReason,
                Resolver = builder.Resolver,
                Subscriber = builder.Subscriber,
            };
            field.SetArguments(CreateInputValues(builder.ArgumentBuilders, resolve, problems, type.Name + "." + builder.Name));
            fields.Add(field);
        }

        type.Interfaces = interfaces;
        type.SetFields(fields);
    }

    private static List<InputValue> CreateInputValues(
        IReadOnlyList<InputValueBuilder> builders,
        TypeResolution resolve,
        List<string> problems,
        string owner)
    {
        var values = new List<InputValue>(builders.Count);
        foreach (var builder in builders)
        {
            var type = resolve.Type(builder.Type) ?? ScalarType.String;
            var value = new InputValue(builder.Name, type)
            {
                Description = builder.DescriptionText,
                DeprecationReason = builder.DeprecationReason,
                HasDefaultValue = builder.HasDefault,
                DefaultValue = builder.Default,
            };
            if (builder.DefaultLiteral is not null)
            {
                resolve.PendingDefaults.Add((value, builder.DefaultLiteral, owner));
            }

            values.Add(value);
        }

        return values;
    }

    private void ApplyResolvers(Dictionary<string, NamedType> types, List<string> problems)
    {
        foreach (var ((typeName, fieldName), resolver) in _resolvers)
        {
            if (FindField(types, typeName, fieldName, problems) is { } field)
            {
                field.Resolver = resolver;
            }
        }

        foreach (var ((typeName, fieldName), subscriber) in _subscribers)
        {
            if (FindField(types, typeName, fieldName, problems) is { } field)
            {
                field.Subscriber = subscriber;
            }
        }
    }

    private static FieldDefinition? FindField(Dictionary<string, NamedType> types, string typeName, string fieldName, List<string> problems)
    {
        if (types.GetValueOrDefault(typeName) is not ObjectType type)
        {
            problems.Add($"Cannot attach a resolver to \"{typeName}.{fieldName}\": \"{typeName}\" is not an object type.");
            return null;
        }

        var field = type.GetField(fieldName);
        if (field is null)
        {
            problems.Add($"Cannot attach a resolver to \"{typeName}.{fieldName}\": the field is not defined.");
        }

        return field;
    }

    private static ObjectType? RootType(Dictionary<string, NamedType> types, string? explicitName, string defaultName, List<string> problems, bool required)
    {
        var name = explicitName ?? defaultName;
        if (!types.TryGetValue(name, out var type))
        {
            if (explicitName is not null || required)
            {
                problems.Add($"{defaultName} root type must be provided.");
            }

            return null;
        }

        if (type is not ObjectType obj)
        {
            problems.Add($"{defaultName} root type must be Object type, it cannot be {name}.");
            return null;
        }

        return obj;
    }
}
