namespace EventAgents.Platform.GraphQL.Schema.Building;

/// <summary>Configures an object type.</summary>
public sealed class ObjectTypeBuilder : ComplexTypeBuilder<ObjectTypeBuilder>
{
    internal ObjectTypeBuilder(string name) : base(name)
    {
    }

    internal Func<object, bool>? IsTypeOfFunction { get; private set; }

    internal Type? Clr { get; private set; }

    /// <summary>Decides whether a value is of this type, for resolving interfaces and unions.</summary>
    public ObjectTypeBuilder IsTypeOf(Func<object, bool> isTypeOf)
    {
        IsTypeOfFunction = isTypeOf;
        return this;
    }

    /// <summary>Declares that instances of T are values of this type.</summary>
    public ObjectTypeBuilder ClrType<T>()
    {
        Clr = typeof(T);
        IsTypeOfFunction ??= static value => value is T;
        return this;
    }
}
