using System.Text.Json;
using EventAgents.Platform.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Context;

/// <summary>Runs the host's context factory for HTTP and SSE requests; a refusal becomes a 401.</summary>
internal static class UserContexts
{
    public static async ValueTask<object?> CreateAsync(HttpContext context, GraphQLEndpointOptions options, GraphQLTransport transport, CancellationToken cancellationToken) =>
        (await AllowAsync(context, options, transport, cancellationToken).ConfigureAwait(false)).UserContext;

    /// <summary>The host's allowing result (context and credential check); throws a 401 <see cref="RequestError"/> on a refusal.</summary>
    public static async ValueTask<GraphQLContextResult> AllowAsync(HttpContext context, GraphQLEndpointOptions options, GraphQLTransport transport, CancellationToken cancellationToken)
    {
        if (options.ContextFactory is not { } factory)
        {
            return GraphQLContextResult.Allow();
        }

        var result = await factory(new GraphQLContextRequest(context, transport, null), cancellationToken).ConfigureAwait(false);
        return result.IsDenied ? throw new RequestError(result.Denial!, StatusCodes.Status401Unauthorized) : result;
    }

    public static ValueTask<GraphQLContextResult> ForConnectionAsync(
        HttpContext context, GraphQLEndpointOptions options, JsonElement? payload, CancellationToken cancellationToken) =>
        options.ContextFactory is { } factory
            ? factory(new GraphQLContextRequest(context, GraphQLTransport.WebSocket, payload), cancellationToken)
            : new ValueTask<GraphQLContextResult>(GraphQLContextResult.Allow());
}
