using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Schema.Building;

public sealed partial class SchemaBuilder
{
    /// <summary>A builder holding the types, directives and schema definition of an SDL document.</summary>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    /// <summary>Adds the definitions and extensions of an SDL document.</summary>
    public SchemaBuilder AddSdl(string sdl)
    {
        var document = Parser.Parse(sdl, new ParserOptions { MaxTokens = int.MaxValue });
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ExecutableDefinitionNode:
                    throw new SchemaException("An SDL document must not contain executable definitions.");
                case SchemaDefinitionNode schema:
                    _description = schema.Description?.Value ?? _description;
                    ApplyOperationTypes(schema.OperationTypes);
                    break;
                case TypeDefinitionNode type:
                    AddTypeDefinition(type);
                    break;
                case DirectiveDefinitionNode directive:
                    AddDirectiveDefinition(directive);
                    break;
            }
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaExtensionNode schema:
                    ApplyOperationTypes(schema.OperationTypes);
                    break;
                case TypeExtensionNode extension:
                    AddTypeExtension(extension);
                    break;
            }
        }

        return this;
    }

    private void ApplyOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            var name = operationType.Type.Name.Value;
            switch (operationType.Operation)
            {
                case OperationType.Query: _queryName = name; break;
                case OperationType.Mutation: _mutationName = name; break;
                default: _subscriptionName = name; break;
            }
        }
    }

    private void AddTypeDefinition(TypeDefinitionNode node)
    {
        if (_byName.ContainsKey(node.Name.Value) && node is not ScalarTypeDefinitionNode)
        {
            throw new SchemaException($"There can be only one type named \"{node.Name.Value}\".");
        }

        var description = node.Description?.Value;
        switch (node)
        {
            case ScalarTypeDefinitionNode scalar:
                AddSdlScalar(scalar.Name.Value, description, SpecifiedByUrl(scalar.Directives));
                break;
            case ObjectTypeDefinitionNode obj:
                Object(obj.Name.Value, t => AddComplexMembers(t.Description(description), obj.Interfaces, obj.Fields));
                break;
            case InterfaceTypeDefinitionNode iface:
                Interface(iface.Name.Value, t => AddComplexMembers(t.Description(description), iface.Interfaces, iface.Fields));
                break;
            case UnionTypeDefinitionNode union:
                Union(union.Name.Value, t => t.Description(description).Types([.. union.Types.Select(n => n.Name.Value)]));
                break;
            case EnumTypeDefinitionNode enumNode:
                Enum(enumNode.Name.Value, t => AddEnumValues(t.Description(description), enumNode.Values));
                break;
            case InputObjectTypeDefinitionNode input:
                InputObject(input.Name.Value, t => AddInputFields(t.Description(description), input.Fields));
                break;
        }
    }

    private void AddTypeExtension(TypeExtensionNode node)
    {
        var name = node.Name.Value;
        if (!_byName.TryGetValue(name, out var existing) && !IsBuiltInScalarName(name))
        {
            throw new SchemaException($"Cannot extend type \"{name}\" because it is not defined.");
        }

        switch (node)
        {
            case ScalarTypeExtensionNode scalar:
                var url = SpecifiedByUrl(scalar.Directives);
                if (url is not null && existing is ScalarType current)
                {
                    Scalar(new ScalarType(current.Name, current.Serialize, current.ParseValue, current.ParseLiteral, current.Description, url));
                }

                break;
            case ObjectTypeExtensionNode obj when existing is ObjectTypeBuilder:
                Object(name, t => AddComplexMembers(t, obj.Interfaces, obj.Fields));
                break;
            case InterfaceTypeExtensionNode iface when existing is InterfaceTypeBuilder:
                Interface(name, t => AddComplexMembers(t, iface.Interfaces, iface.Fields));
                break;
            case UnionTypeExtensionNode union when existing is UnionTypeBuilder:
                Union(name, t => t.Types([.. union.Types.Select(n => n.Name.Value)]));
                break;
            case EnumTypeExtensionNode enumNode when existing is EnumTypeBuilder:
                Enum(name, t => AddEnumValues(t, enumNode.Values));
                break;
            case InputObjectTypeExtensionNode input when existing is InputObjectTypeBuilder:
                InputObject(name, t => AddInputFields(t, input.Fields));
                break;
            default:
                throw new SchemaException($"Cannot extend non-matching type \"{name}\".");
        }
    }

    private void AddSdlScalar(string name, string? description, string? url)
    {
        if (_byName.TryGetValue(name, out var existing) && existing is ScalarType registered)
        {
            Scalar(new ScalarType(name, registered.Serialize, registered.ParseValue, registered.ParseLiteral, description ?? registered.Description, url ?? registered.SpecifiedByUrl));
            return;
        }

        var known = KnownScalar(name);
        Scalar(known is null
            ? new ScalarType(name, static v => v, static v => v, ScalarType.Json.ParseLiteral, description, url)
            : new ScalarType(name, known.Serialize, known.ParseValue, known.ParseLiteral, description, url));
    }

    private static ScalarType? KnownScalar(string name) => name switch
    {
        "Long" => ScalarType.Long,
        "DateTime" => ScalarType.DateTime,
        "JSON" => ScalarType.Json,
        "Int" => ScalarType.Int,
        "Float" => ScalarType.Float,
        "String" => ScalarType.String,
        "Boolean" => ScalarType.Boolean,
        "ID" => ScalarType.ID,
        _ => null,
    };

    private static bool IsBuiltInScalarName(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";
}
