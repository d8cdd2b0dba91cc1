namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>An immutable linked path into the response: field names (response keys) and list indices.</summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, object key)
    {
        Parent = parent;
        Key = key;
    }

    /// <summary>The enclosing path, or null at the root.</summary>
    public ResponsePath? Parent { get; }

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; }

    /// <summary>The path of a response key below this path (or at the root when parent is null).</summary>
    public static ResponsePath Field(ResponsePath? parent, string key) => new(parent, key);

    /// <summary>The path of a list item below this path.</summary>
    public static ResponsePath Index(ResponsePath parent, int index) => new(parent, index);

    /// <summary>The keys from the root down.</summary>
    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; p is not null; p = p.Parent)
        {
            depth++;
        }

        var keys = new object[depth];
        var i = depth;
        for (var p = this; p is not null; p = p.Parent)
        {
            keys[--i] = p.Key;
        }

        return keys;
    }
}
