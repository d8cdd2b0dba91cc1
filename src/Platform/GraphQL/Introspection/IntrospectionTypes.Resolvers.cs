using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Introspection;

public static partial class IntrospectionTypes
{
    private static bool IncludeDeprecated(ResolveContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static object? TypeFields(ResolveContext context)
    {
        if (context.Source is not ComplexType complex)
        {
            return null;
        }

        if (IncludeDeprecated(context))
        {
            return complex.Fields;
        }

        var fields = new List<FieldDefinition>(complex.Fields.Count);
        foreach (var field in complex.Fields)
        {
            if (!field.IsDeprecated)
            {
                fields.Add(field);
            }
        }

        return fields;
    }

    private static object? TypeEnumValues(ResolveContext context)
    {
        if (context.Source is not EnumType enumType)
        {
            return null;
        }

        if (IncludeDeprecated(context))
        {
            return enumType.Values;
        }

        var values = new List<EnumValue>(enumType.Values.Count);
        foreach (var value in enumType.Values)
        {
            if (!value.IsDeprecated)
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static object? TypeInputFields(ResolveContext context) =>
        context.Source is InputObjectType input ? Filter(input.Fields, context) : null;

    private static IReadOnlyList<InputValue> Filter(IReadOnlyList<InputValue> values, ResolveContext context)
    {
        if (IncludeDeprecated(context))
        {
            return values;
        }

        var result = new List<InputValue>(values.Count);
        foreach (var value in values)
        {
            if (!value.IsDeprecated)
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static string? PrintDefault(InputValue value) =>
        value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } literal ? Printer.Print(literal) : null;

    private static EnumType CreateTypeKind()
    {
        var type = new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.");
        var descriptions = new[]
        {
            (TypeKind.Scalar, "SCALAR", "Indicates this type is a scalar."),
            (TypeKind.Object, "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            (TypeKind.Interface, "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            (TypeKind.Union, "UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
            (TypeKind.Enum, "ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
            (TypeKind.InputObject, "INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
            (TypeKind.List, "LIST", "Indicates this type is a list. `ofType` is a valid field."),
            (TypeKind.NonNull, "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
        };
        var values = new List<EnumValue>();
        foreach (var (kind, name, description) in descriptions)
        {
            values.Add(new EnumValue(name, kind) { Description = description });
        }

        type.SetValues(values);
        return type;
    }

    private static EnumType CreateDirectiveLocation()
    {
        var type = new EnumType("__DirectiveLocation", "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        var values = new List<EnumValue>();
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            values.Add(new EnumValue(DirectiveLocationNames.ToName(location), location));
        }

        type.SetValues(values);
        return type;
    }
}
