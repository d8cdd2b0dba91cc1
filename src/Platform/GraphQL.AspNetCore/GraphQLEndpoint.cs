using EventAgents.Platform.GraphQL.AspNetCore.GraphiQL;
using EventAgents.Platform.GraphQL.AspNetCore.Http;
using EventAgents.Platform.GraphQL.AspNetCore.Sse;
using EventAgents.Platform.GraphQL.AspNetCore.WebSockets;
using EventAgents.Platform.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore;

/// <summary>Routes a request at the GraphQL path to the WebSocket, SSE, query page or HTTP handler.</summary>
internal sealed class GraphQLEndpoint(GraphQLExecutor executor, GraphQLEndpointOptions options, bool queryPage)
{
    private readonly HttpHandler _http = new(executor, options);
    private readonly SseHandler _sse = new(executor, options);
    private readonly TransportWsHandler _webSockets = new(executor, options);

    public Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (options.EnableWebSockets && context.WebSockets.IsWebSocketRequest)
        {
            return _webSockets.HandleAsync(context);
        }

        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            return ResponseWriter.WriteErrorAsync(context.Response, StatusCodes.Status405MethodNotAllowed, ResponseKind.GraphQLResponseJson,
                $"Method {request.Method} is not allowed; use GET or POST.", context.RequestAborted);
        }

        var kind = MediaTypes.Negotiate(request.Headers.Accept, queryPage && isGet, options.EnableServerSentEvents);
        return kind switch
        {
            ResponseKind.Html when !request.Query.ContainsKey("query") => QueryPage.WriteAsync(context),
            ResponseKind.Html => _http.HandleAsync(context, ResponseKind.GraphQLResponseJson),
            ResponseKind.EventStream => _sse.HandleAsync(context),
            ResponseKind.None => ResponseWriter.WriteErrorAsync(context.Response, StatusCodes.Status406NotAcceptable, ResponseKind.Json,
                "The Accept header allows none of application/graphql-response+json, application/json, text/event-stream.", context.RequestAborted),
            _ => _http.HandleAsync(context, kind),
        };
    }
}
