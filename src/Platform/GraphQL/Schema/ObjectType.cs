namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>An object type: the only kind of type a resolved value of a composite type can finally be.</summary>
public sealed class ObjectType(string name, string? description = null) : ComplexType(name, description)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Decides whether a value belongs to this type when an abstract type has no type resolver.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }

    /// <summary>The CLR type whose instances belong to this type, when declared.</summary>
    public Type? ClrType { get; internal set; }
}
