using System.Text.RegularExpressions;
using EventAgents.Platform.GraphQL.Introspection;

namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>Checks the type system rules of the specification (names, fields, interface implementations, unions, input objects).</summary>
public static partial class SchemaValidator
{
    /// <summary>Every problem found; empty for a valid schema.</summary>
    public static IReadOnlyList<string> Validate(GraphQLSchema schema)
    {
        var problems = new List<string>();
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, problems);
            if (directive.Locations.Count == 0)
            {
                problems.Add($"Directive @{directive.Name} must include 1 or more locations.");
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, problems);
                if (!argument.Type.IsInputType)
                {
                    problems.Add($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    problems.Add($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }

        foreach (var type in schema.Types)
        {
            if (IntrospectionTypes.IsIntrospectionType(type))
            {
                continue;
            }

            ValidateName(type.Name, problems);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, problems);
                    var implemented = new HashSet<InterfaceType>();
                    foreach (var iface in complex.Interfaces)
                    {
                        if (!implemented.Add(iface))
                        {
                            problems.Add($"Type {complex.Name} can only implement {iface.Name} once.");
                            continue;
                        }

                        ValidateImplementation(schema, complex, iface, problems);
                    }

                    break;
                case UnionType union:
                    if (union.Types.Count == 0)
                    {
                        problems.Add($"Union type {union.Name} must define one or more member types.");
                    }

                    var members = new HashSet<ObjectType>();
                    foreach (var member in union.Types)
                    {
                        if (!members.Add(member))
                        {
                            problems.Add($"Union type {union.Name} can only include type {member.Name} once.");
                        }
                    }

                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        problems.Add($"Enum type {enumType.Name} must define one or more values.");
                    }

                    foreach (var value in enumType.Values)
                    {
                        ValidateName(value.Name, problems);
                        if (value.Name is "true" or "false" or "null")
                        {
                            problems.Add($"Enum type {enumType.Name} cannot include value: {value.Name}.");
                        }
                    }

                    break;
                case InputObjectType input:
                    if (input.Fields.Count == 0)
                    {
                        problems.Add($"Input Object type {input.Name} must define one or more fields.");
                    }

                    foreach (var field in input.Fields)
                    {
                        ValidateName(field.Name, problems);
                        if (!field.Type.IsInputType)
                        {
                            problems.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
                        }

                        if (IsRequired(field) && field.IsDeprecated)
                        {
                            problems.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
                        }
                    }

                    InputCycles.Find(input, problems);
                    break;
            }
        }

        return problems;
    }

    private static void ValidateFields(ComplexType type, List<string> problems)
    {
        if (type.Fields.Count == 0)
        {
            problems.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, problems);
            if (!field.Type.IsOutputType)
            {
                problems.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, problems);
                if (!argument.Type.IsInputType)
                {
                    problems.Add($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    problems.Add($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateImplementation(GraphQLSchema schema, ComplexType type, InterfaceType iface, List<string> problems)
    {
        if (ReferenceEquals(type, iface))
        {
            problems.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
            return;
        }

        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                problems.Add(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
            }
        }

        foreach (var interfaceField in iface.Fields)
        {
            var field = type.GetField(interfaceField.Name);
            if (field is null)
            {
                problems.Add($"Interface field {iface.Name}.{interfaceField.Name} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!TypeComparators.IsSubTypeOf(schema, field.Type, interfaceField.Type))
            {
                problems.Add($"Interface field {iface.Name}.{interfaceField.Name} expects type {interfaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.");
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argument = field.GetArgument(interfaceArgument.Name);
                if (argument is null)
                {
                    problems.Add($"Interface field argument {iface.Name}.{interfaceField.Name}({interfaceArgument.Name}:) expected but {type.Name}.{field.Name} does not provide it.");
                }
                else if (!TypeComparators.AreEqual(argument.Type, interfaceArgument.Type))
                {
                    problems.Add($"Interface field argument {iface.Name}.{interfaceField.Name}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{field.Name}({argument.Name}:) is type {argument.Type}.");
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (interfaceField.GetArgument(argument.Name) is null && argument.Type is NonNullType && !argument.HasDefaultValue)
                {
                    problems.Add($"Object field {type.Name}.{field.Name} includes required argument {argument.Name} that is missing from the Interface field {iface.Name}.{interfaceField.Name}.");
                }
            }
        }
    }

    private static bool IsRequired(InputValue value) => value.Type is NonNullType && !value.HasDefaultValue;

    private static void ValidateName(string name, List<string> problems)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            problems.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
        else if (!NamePattern().IsMatch(name))
        {
            problems.Add($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");
        }
    }

    [GeneratedRegex("^[_a-zA-Z][_a-zA-Z0-9]*$")]
    private static partial Regex NamePattern();
}
