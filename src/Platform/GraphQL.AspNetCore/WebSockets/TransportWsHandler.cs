using EventAgents.Platform.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.WebSockets;

/// <summary>Accepts WebSocket requests for the <c>graphql-transport-ws</c> subprotocol; a client that does not ask for
/// it is closed with 4406.</summary>
internal sealed class TransportWsHandler(GraphQLExecutor executor, GraphQLEndpointOptions options)
{
    public const string Subprotocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        var supported = context.WebSockets.WebSocketRequestedProtocols.Contains(Subprotocol);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(supported ? Subprotocol : null).ConfigureAwait(false);
        if (!supported)
        {
            using var sender = new WebSockets.MessageSender(socket);
            await sender.CloseAsync(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        using var connection = new TransportWsConnection(socket, context, executor, options);
        await connection.RunAsync().ConfigureAwait(false);
    }
}
