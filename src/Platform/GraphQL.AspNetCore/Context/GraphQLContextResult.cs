namespace EventAgents.Platform.GraphQL.AspNetCore.Context;

/// <summary>The host's answer for a request or connection: the context handed to resolvers, or a refusal.</summary>
public sealed record GraphQLContextResult
{
    private GraphQLContextResult(object? userContext, string? denial, CredentialCheck? stillValid)
    {
        UserContext = userContext;
        Denial = denial;
        StillValid = stillValid;
    }

    /// <summary>The object resolvers see as <c>ResolveContext.UserContext</c>.</summary>
    public object? UserContext { get; }

    /// <summary>Why the request was refused; null when it is allowed.</summary>
    public string? Denial { get; }

    /// <summary>Whether the credentials still hold, asked while a WebSocket or SSE connection stays open; null when
    /// they cannot lapse.</summary>
    public CredentialCheck? StillValid { get; }

    /// <summary>True when the request was refused (HTTP 401, WebSocket close 4403).</summary>
    public bool IsDenied => Denial is not null;

    /// <summary>Allows the request with a context for resolvers.</summary>
    public static GraphQLContextResult Allow(object? userContext = null) => new(userContext, null, null);

    /// <summary>Allows the request with a context for resolvers for as long as <paramref name="stillValid"/> holds: once it
    /// answers false, a WebSocket closes with 4403 and an SSE stream ends with an error.</summary>
    public static GraphQLContextResult Allow(object? userContext, CredentialCheck stillValid) => new(userContext, null, stillValid);

    /// <summary>Refuses the request.</summary>
    public static GraphQLContextResult Deny(string reason = "Forbidden") => new(null, reason, null);
}
