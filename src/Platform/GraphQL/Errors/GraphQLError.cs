using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL;

/// <summary>An error in a GraphQL response: a message, where in the document it arose, and (for execution errors) the response path.</summary>
public sealed record GraphQLError(string Message)
{
    /// <summary>The places in the document the error refers to.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; init; } = [];

    /// <summary>The response path of the field that failed (field names and list indices), for execution errors.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    /// <summary>Extra data for the client, serialized under "extensions".</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>For validation errors, the name of the rule that reported it (graphql-js's rule name without the "Rule" suffix).</summary>
    public string? Rule { get; init; }

    /// <summary>The exception a resolver threw, kept for logging; never serialized.</summary>
    public Exception? Exception { get; init; }

    /// <summary>Creates an error located at syntax nodes.</summary>
    public static GraphQLError At(string message, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node is not null)
            {
                locations.Add(new SourceLocation(node.Location.Line, node.Location.Column));
            }
        }

        return new GraphQLError(message) { Locations = locations };
    }
}
