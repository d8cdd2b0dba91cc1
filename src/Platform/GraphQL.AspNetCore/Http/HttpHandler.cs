using EventAgents.Platform.GraphQL.AspNetCore.Context;
using EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Language;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>Queries and mutations over HTTP per the GraphQL-over-HTTP specification.</summary>
internal sealed class HttpHandler(GraphQLExecutor executor, GraphQLEndpointOptions options)
{
    public async Task HandleAsync(HttpContext context, ResponseKind kind)
    {
        var aborted = context.RequestAborted;
        var response = context.Response;
        try
        {
            var read = await RequestReading.ReadAsync(context, options, aborted).ConfigureAwait(false);

            // Authenticate before touching persisted documents, so that anonymous clients cannot register any.
            var userContext = await UserContexts.CreateAsync(context, options, GraphQLTransport.Http, aborted).ConfigureAwait(false);
            var parameters = await PersistedDocumentResolver.ResolveAsync(read, options, aborted).ConfigureAwait(false);
            var operation = OperationKinds.Find(executor.Documents.Get(parameters.Query), parameters.OperationName);
            if (operation == OperationType.Mutation && HttpMethods.IsGet(context.Request.Method))
            {
                response.Headers.Allow = "POST";
                await ResponseWriter.WriteErrorAsync(response, StatusCodes.Status405MethodNotAllowed, kind, "Mutations are only accepted with POST.", aborted).ConfigureAwait(false);
                return;
            }

            if (operation == OperationType.Subscription)
            {
                await ResponseWriter.WriteErrorAsync(response, StatusCodes.Status400BadRequest, kind,
                    "Subscriptions need Accept: text/event-stream or a graphql-transport-ws WebSocket.", aborted).ConfigureAwait(false);
                return;
            }

            var request = new ExecutionRequest(parameters.Query)
            {
                OperationName = parameters.OperationName,
                Variables = parameters.Variables,
                UserContext = userContext,
                Services = context.RequestServices,
            };
            var result = await executor.ExecuteAsync(request, aborted).ConfigureAwait(false);
            var status = result.HasData || kind == ResponseKind.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
            await ResponseWriter.WriteAsync(response, status, kind, result, aborted).ConfigureAwait(false);
        }
        catch (RequestError error)
        {
            await ResponseWriter.WriteErrorAsync(response, error.StatusCode, kind, error.Message, aborted, error.Code).ConfigureAwait(false);
        }
    }
}
