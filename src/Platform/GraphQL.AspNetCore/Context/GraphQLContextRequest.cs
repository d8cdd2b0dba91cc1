using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Context;

/// <summary>What the host's context factory sees: the HTTP request, the transport and, for WebSockets, the
/// <c>connection_init</c> payload.</summary>
public sealed class GraphQLContextRequest
{
    internal GraphQLContextRequest(HttpContext httpContext, GraphQLTransport transport, JsonElement? initPayload)
    {
        HttpContext = httpContext;
        Transport = transport;
        InitPayload = initPayload;
    }

    /// <summary>The HTTP request (for a WebSocket, the upgrade request).</summary>
    public HttpContext HttpContext { get; }

    /// <summary>How the request arrived.</summary>
    public GraphQLTransport Transport { get; }

    /// <summary>The <c>connection_init</c> payload of a WebSocket connection (an object), or null.</summary>
    public JsonElement? InitPayload { get; }

    /// <summary>The credentials: the <c>Authorization</c> header, or for a WebSocket the payload's
    /// <c>Authorization</c>/<c>authorization</c> string when it has one.</summary>
    public string? Authorization => PayloadAuthorization() ?? HttpContext.Request.Headers.Authorization.ToString() switch
    {
        "" => null,
        var header => header,
    };

    private string? PayloadAuthorization()
    {
        if (InitPayload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return null;
        }

        foreach (var name in (ReadOnlySpan<string>)["Authorization", "authorization"])
        {
            if (payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }
}
