using EventAgents.Platform.GraphQL;
using EventAgents.Platform.GraphQL.AspNetCore.Context;
using EventAgents.Platform.GraphQL.Execution;

namespace EventAgents.GraphQL.Auth;

/// <summary>Who may call what: keys are checked by the transport (401 / 4403), roles per field by the resolvers.</summary>
public static class Authorization
{
    /// <summary>The endpoint's context factory: a valid <c>Bearer</c> key (header or <c>connection_init</c> payload) or a refusal.
    /// Open WebSocket and SSE connections keep asking whether their key is still active, so revoking it ends them.</summary>
    public static GraphQLContextFactory ContextFactory(ApiKeys keys) => async (request, ct) =>
    {
        var header = request.Authorization;
        if (header is null)
        {
            return GraphQLContextResult.Deny("An API key is required: send 'Authorization: Bearer <key>'.");
        }

        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : header.Trim();
        return await keys.AuthenticateAsync(token, ct).ConfigureAwait(false) is { } principal
            ? GraphQLContextResult.Allow(principal, cancellationToken => keys.IsActiveAsync(principal.KeyId, cancellationToken))
            : GraphQLContextResult.Deny("The API key is unknown or revoked.");
    };

    /// <summary>The caller, after checking it holds <paramref name="needed"/>; a field error names the role otherwise.</summary>
    public static ApiPrincipal Require(this ResolveContext context, Role needed)
    {
        if (context.UserContext is not ApiPrincipal principal)
        {
            throw new GraphQLException("Not authenticated.", new Dictionary<string, object?> { ["code"] = "UNAUTHENTICATED" });
        }

        if (principal.Role < needed)
        {
            var role = needed.ToString().ToLowerInvariant();
            throw new GraphQLException(
                $"Forbidden: {context.ParentType.Name}.{context.Field.Name} needs the {role} role; this key has the {principal.Role.ToString().ToLowerInvariant()} role.",
                new Dictionary<string, object?> { ["code"] = "FORBIDDEN", ["requiredRole"] = needed.ToString().ToUpperInvariant() });
        }

        return principal;
    }
}
