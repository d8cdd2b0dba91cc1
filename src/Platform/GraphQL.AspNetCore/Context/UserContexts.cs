using System.Text.Json;
using EventAgents.Platform.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Context;

/// <summary>Runs the host's context factory for HTTP and SSE requests; a refusal becomes a 401.</summary>
internal static class UserContexts
{
    public static async ValueTask<object?> CreateAsync(HttpContext context, GraphQLEndpointOptions options, GraphQLTransport transport, CancellationToken cancellationToken)
    {
        if (options.ContextFactory is not { } factory)
        {
            return null;
        }

        var result = await factory(new GraphQLContextRequest(context, transport, null), cancellationToken).ConfigureAwait(false);
        return result.IsDenied ? throw new RequestError(result.Denial!, StatusCodes.Status401Unauthorized) : result.UserContext;
    }

    public static ValueTask<GraphQLContextResult> ForConnectionAsync(
        HttpContext context, GraphQLEndpointOptions options, JsonElement? payload, CancellationToken cancellationToken) =>
        options.ContextFactory is { } factory
            ? factory(new GraphQLContextRequest(context, GraphQLTransport.WebSocket, payload), cancellationToken)
            : new ValueTask<GraphQLContextResult>(GraphQLContextResult.Allow());
}
