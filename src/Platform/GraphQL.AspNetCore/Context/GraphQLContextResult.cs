namespace EventAgents.Platform.GraphQL.AspNetCore.Context;

/// <summary>The host's answer for a request or connection: the context handed to resolvers, or a refusal.</summary>
public sealed record GraphQLContextResult
{
    private GraphQLContextResult(object? userContext, string? denial)
    {
        UserContext = userContext;
        Denial = denial;
    }

    /// <summary>The object resolvers see as <c>ResolveContext.UserContext</c>.</summary>
    public object? UserContext { get; }

    /// <summary>Why the request was refused; null when it is allowed.</summary>
    public string? Denial { get; }

    /// <summary>True when the request was refused (HTTP 401, WebSocket close 4403).</summary>
    public bool IsDenied => Denial is not null;

    /// <summary>Allows the request with a context for resolvers.</summary>
    public static GraphQLContextResult Allow(object? userContext = null) => new(userContext, null);

    /// <summary>Refuses the request.</summary>
    public static GraphQLContextResult Deny(string reason = "Forbidden") => new(null, reason);
}
