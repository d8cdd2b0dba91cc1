using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Schema.Building;

public sealed partial class SchemaBuilder
{
    private static void AddComplexMembers<T>(
        ComplexTypeBuilder<T> type,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<FieldDefinitionNode> fields)
        where T : ComplexTypeBuilder<T>
    {
        type.Implements([.. interfaces.Select(i => i.Name.Value)]);
        foreach (var field in fields)
        {
            if (type.FieldBuilders.Any(f => f.Name == field.Name.Value))
            {
                throw new SchemaException($"Field \"{type.Name}.{field.Name.Value}\" can only be defined once.");
            }

            type.Field(field.Name.Value, field.Type, f =>
            {
                f.Description(field.Description?.Value);
                var reason = DeprecationReason(field.Directives);
                if (reason is not null)
                {
                    f.Deprecated(reason);
                }

                foreach (var argument in field.Arguments)
                {
                    f.Argument(argument.Name.Value, argument.Type, a => ConfigureInputValue(a, argument));
                }
            });
        }
    }

    private static void AddEnumValues(EnumTypeBuilder type, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            type.Value(value.Name.Value, v =>
            {
                v.Description(value.Description?.Value);
                var reason = DeprecationReason(value.Directives);
                if (reason is not null)
                {
                    v.Deprecated(reason);
                }
            });
        }
    }

    private static void AddInputFields(InputObjectTypeBuilder type, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            type.Field(field.Name.Value, field.Type, a => ConfigureInputValue(a, field));
        }
    }

    private static void ConfigureInputValue(InputValueBuilder builder, InputValueDefinitionNode node)
    {
        builder.Description(node.Description?.Value);
        if (node.DefaultValue is not null)
        {
            builder.DefaultValueLiteral(node.DefaultValue);
        }

        var reason = DeprecationReason(node.Directives);
        if (reason is not null)
        {
            builder.Deprecated(reason);
        }
    }

    private void AddDirectiveDefinition(DirectiveDefinitionNode node)
    {
        Directive(node.Name.Value, d =>
        {
            d.Description(node.Description?.Value).Repeatable(node.Repeatable);
            foreach (var location in node.Locations)
            {
                if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
                {
                    d.Locations(parsed);
                }
            }

            foreach (var argument in node.Arguments)
            {
                d.Argument(argument.Name.Value, argument.Type, a => ConfigureInputValue(a, argument));
            }
        });
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != "deprecated")
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "reason" && argument.Value is StringValueNode reason)
                {
                    return reason.Value;
                }
            }

            return DirectiveDefinition.DefaultDeprecationReason;
        }

        return null;
    }

    private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == "specifiedBy")
            {
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Name.Value == "url" && argument.Value is StringValueNode url)
                    {
                        return url.Value;
                    }
                }
            }
        }

        return null;
    }
}
