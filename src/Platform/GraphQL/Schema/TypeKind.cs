namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>The kinds of types, as introspection names them.</summary>
public enum TypeKind
{
    /// <summary>SCALAR</summary>
    Scalar,
    /// <summary>OBJECT</summary>
    Object,
    /// <summary>INTERFACE</summary>
    Interface,
    /// <summary>UNION</summary>
    Union,
    /// <summary>ENUM</summary>
    Enum,
    /// <summary>INPUT_OBJECT</summary>
    InputObject,
    /// <summary>LIST</summary>
    List,
    /// <summary>NON_NULL</summary>
    NonNull,
}
