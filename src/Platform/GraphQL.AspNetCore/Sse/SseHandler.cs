using EventAgents.Platform.GraphQL.AspNetCore.Context;
using EventAgents.Platform.GraphQL.AspNetCore.Http;
using EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;
using EventAgents.Platform.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Sse;

/// <summary>GraphQL over server-sent events, distinct connections mode: every result is a <c>next</c> event, then
/// <c>complete</c>; errors found before execution are <c>next</c> events too. The stream stops when the client leaves.</summary>
internal sealed class SseHandler(GraphQLExecutor executor, GraphQLEndpointOptions options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        ExecutionRequest request;
        try
        {
            var read = await RequestReading.ReadAsync(context, options, aborted).ConfigureAwait(false);
            var userContext = await UserContexts.CreateAsync(context, options, GraphQLTransport.ServerSentEvents, aborted).ConfigureAwait(false);
            var parameters = await PersistedDocumentResolver.ResolveAsync(read, options, aborted).ConfigureAwait(false);
            request = new ExecutionRequest(parameters.Query)
            {
                OperationName = parameters.OperationName,
                Variables = parameters.Variables,
                UserContext = userContext,
                Services = context.RequestServices,
            };
        }
        catch (RequestError error) when (error.StatusCode != StatusCodes.Status400BadRequest)
        {
            await ResponseWriter.WriteErrorAsync(context.Response, error.StatusCode, ResponseKind.GraphQLResponseJson, error.Message, aborted, error.Code).ConfigureAwait(false);
            return;
        }
        catch (RequestError error)
        {
            var stream = await SseStream.StartAsync(context.Response, aborted).ConfigureAwait(false);
            await stream.NextAsync(ExecutionResult.FromError(ResponseWriter.ErrorOf(error.Message, error.Code)), aborted).ConfigureAwait(false);
            await stream.CompleteAsync(aborted).ConfigureAwait(false);
            return;
        }

        await StreamAsync(context.Response, request, aborted).ConfigureAwait(false);
    }

    private async Task StreamAsync(HttpResponse response, ExecutionRequest request, CancellationToken aborted)
    {
        var stream = await SseStream.StartAsync(response, aborted).ConfigureAwait(false);
        try
        {
            await foreach (var result in executor.SubscribeAsync(request, aborted).ConfigureAwait(false))
            {
                await stream.NextAsync(result, aborted).ConfigureAwait(false);
            }

            await stream.CompleteAsync(aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await stream.NextAsync(ExecutionResult.FromError(StreamFailures.ToError(exception)), aborted).ConfigureAwait(false);
            await stream.CompleteAsync(aborted).ConfigureAwait(false);
        }
    }
}
