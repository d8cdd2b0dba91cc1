namespace EventAgents.Platform.GraphQL.Values;

/// <summary>The shared empty variables dictionary.</summary>
public static class EmptyVariables
{
    /// <summary>An empty, read-only dictionary.</summary>
    public static IReadOnlyDictionary<string, object?> Instance { get; } = new Dictionary<string, object?>(0, StringComparer.Ordinal);
}
