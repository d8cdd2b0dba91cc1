using Mono.Cecil;
using Mono.Cecil.Cil;

namespace EventAgents.Architecture.Tests.Scanning;

/// <summary>
/// Every type a type definition refers to: in its base type, interfaces, attributes, generic constraints, fields,
/// properties, events, method signatures, and method bodies (locals, caught exceptions, each instruction's operand).
/// Constructed types are taken apart (<c>List&lt;Foo&gt;[]</c> refers to List and Foo).
/// </summary>
public static class TypeReferences
{
    public static IEnumerable<TypeReference> Of(TypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var found = new List<TypeReference>();
        void Add(TypeReference? t) => found.AddRange(Leaves(t));

        Add(type.BaseType);
        foreach (var i in type.Interfaces)
        {
            Add(i.InterfaceType);
            AddAttributes(found, i.CustomAttributes);
        }

        AddAttributes(found, type.CustomAttributes);
        AddGenericParameters(found, type.GenericParameters);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            AddAttributes(found, field.CustomAttributes);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            AddAttributes(found, property.CustomAttributes);
        }

        foreach (var e in type.Events)
        {
            Add(e.EventType);
            AddAttributes(found, e.CustomAttributes);
        }

        foreach (var method in type.Methods)
        {
            AddMethod(found, method);
        }

        return found;
    }

    private static void AddMethod(List<TypeReference> found, MethodDefinition method)
    {
        found.AddRange(Leaves(method.ReturnType));
        AddAttributes(found, method.CustomAttributes);
        AddAttributes(found, method.MethodReturnType.CustomAttributes);
        AddGenericParameters(found, method.GenericParameters);
        foreach (var parameter in method.Parameters)
        {
            found.AddRange(Leaves(parameter.ParameterType));
            AddAttributes(found, parameter.CustomAttributes);
        }

        foreach (var overridden in method.Overrides)
        {
            found.AddRange(OfMember(overridden));
        }

        if (!method.HasBody)
        {
            return;
        }

        foreach (var variable in method.Body.Variables)
        {
            found.AddRange(Leaves(variable.VariableType));
        }

        foreach (var handler in method.Body.ExceptionHandlers)
        {
            found.AddRange(Leaves(handler.CatchType));
        }

        foreach (var instruction in method.Body.Instructions)
        {
            found.AddRange(instruction.Operand switch
            {
                TypeReference t => Leaves(t),
                MemberReference m => OfMember(m),
                CallSite c => [.. Leaves(c.ReturnType), .. c.Parameters.SelectMany(p => Leaves(p.ParameterType))],
                _ => [],
            });
        }
    }

    private static IEnumerable<TypeReference> OfMember(MemberReference member) => member switch
    {
        GenericInstanceMethod g => [.. OfMember(g.ElementMethod), .. g.GenericArguments.SelectMany(Leaves)],
        MethodReference m => [.. Leaves(m.DeclaringType), .. Leaves(m.ReturnType), .. m.Parameters.SelectMany(p => Leaves(p.ParameterType))],
        FieldReference f => [.. Leaves(f.DeclaringType), .. Leaves(f.FieldType)],
        _ => Leaves(member.DeclaringType),
    };

    private static void AddGenericParameters(List<TypeReference> found, IEnumerable<GenericParameter> parameters)
    {
        foreach (var parameter in parameters)
        {
            AddAttributes(found, parameter.CustomAttributes);
            foreach (var constraint in parameter.Constraints)
            {
                found.AddRange(Leaves(constraint.ConstraintType));
                AddAttributes(found, constraint.CustomAttributes);
            }
        }
    }

    private static void AddAttributes(List<TypeReference> found, IEnumerable<CustomAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            found.AddRange(Leaves(attribute.AttributeType));
            var arguments = attribute.ConstructorArguments
                .Concat(attribute.Properties.Select(p => p.Argument))
                .Concat(attribute.Fields.Select(f => f.Argument));
            found.AddRange(arguments.SelectMany(ArgumentTypes));
        }
    }

    /// <summary>The types named by an attribute's argument values (<c>typeof(Foo)</c>, arrays of them).</summary>
    private static IEnumerable<TypeReference> ArgumentTypes(CustomAttributeArgument argument) => argument.Value switch
    {
        TypeReference t => Leaves(t),
        CustomAttributeArgument inner => ArgumentTypes(inner),
        CustomAttributeArgument[] items => items.SelectMany(ArgumentTypes),
        _ => [],
    };

    /// <summary>The named types a type is made of, without generic parameters.</summary>
    public static IEnumerable<TypeReference> Leaves(TypeReference? type) => type switch
    {
        null or GenericParameter => [],
        GenericInstanceType g => [.. Leaves(g.ElementType), .. g.GenericArguments.SelectMany(Leaves)],
        RequiredModifierType r => [.. Leaves(r.ModifierType), .. Leaves(r.ElementType)],
        OptionalModifierType o => [.. Leaves(o.ModifierType), .. Leaves(o.ElementType)],
        FunctionPointerType f => [.. Leaves(f.ReturnType), .. f.Parameters.SelectMany(p => Leaves(p.ParameterType))],
        TypeSpecification s => Leaves(s.ElementType),
        _ => [type],
    };
}
