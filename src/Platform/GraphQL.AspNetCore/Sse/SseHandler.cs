using EventAgents.Platform.GraphQL.AspNetCore.Context;
using EventAgents.Platform.GraphQL.AspNetCore.Http;
using EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;
using EventAgents.Platform.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Sse;

/// <summary>GraphQL over server-sent events, distinct connections mode: every result is a <c>next</c> event, then
/// <c>complete</c>; errors found before execution are <c>next</c> events too. The stream stops when the client leaves, or
/// with an error event then <c>complete</c> when the context's credential check fails.</summary>
internal sealed class SseHandler(GraphQLExecutor executor, GraphQLEndpointOptions options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        ExecutionRequest request;
        CredentialCheck? stillValid;
        try
        {
            var read = await RequestReading.ReadAsync(context, options, aborted).ConfigureAwait(false);
            var allowed = await UserContexts.AllowAsync(context, options, GraphQLTransport.ServerSentEvents, aborted).ConfigureAwait(false);
            var parameters = await PersistedDocumentResolver.ResolveAsync(read, options, aborted).ConfigureAwait(false);
            stillValid = allowed.StillValid;
            request = new ExecutionRequest(parameters.Query)
            {
                OperationName = parameters.OperationName,
                Variables = parameters.Variables,
                UserContext = allowed.UserContext,
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

        await StreamAsync(context.Response, request, stillValid, aborted).ConfigureAwait(false);
    }

    private async Task StreamAsync(HttpResponse response, ExecutionRequest request, CredentialCheck? stillValid, CancellationToken aborted)
    {
        var stream = await SseStream.StartAsync(response, aborted).ConfigureAwait(false);
        using var streaming = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var watch = stillValid is null ? Task.FromResult(CredentialState.Valid) : WatchCredentialsAsync(stillValid, streaming);
        try
        {
            await foreach (var result in executor.SubscribeAsync(request, streaming.Token).ConfigureAwait(false))
            {
                await stream.NextAsync(result, aborted).ConfigureAwait(false);
            }

            // A source may end quietly when cancelled instead of throwing: the client must still learn why.
            if (streaming.IsCancellationRequested && !aborted.IsCancellationRequested)
            {
                await EndForCredentialsAsync(stream, watch, aborted).ConfigureAwait(false);
                return;
            }

            await stream.CompleteAsync(aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
        }
        catch (OperationCanceledException) when (streaming.IsCancellationRequested)
        {
            await EndForCredentialsAsync(stream, watch, aborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await stream.NextAsync(ExecutionResult.FromError(StreamFailures.ToError(exception)), aborted).ConfigureAwait(false);
            await stream.CompleteAsync(aborted).ConfigureAwait(false);
        }
        finally
        {
            await streaming.CancelAsync().ConfigureAwait(false);
            await watch.ConfigureAwait(false);
        }
    }

    private static async Task EndForCredentialsAsync(SseStream stream, Task<CredentialState> watch, CancellationToken aborted)
    {
        await stream.NextAsync(ExecutionResult.FromError(CredentialWatch.ErrorOf(await watch.ConfigureAwait(false))), aborted).ConfigureAwait(false);
        await stream.CompleteAsync(aborted).ConfigureAwait(false);
    }

    /// <summary>Asks the credential check every interval; when it fails, stops the stream and returns how it failed.</summary>
    private async Task<CredentialState> WatchCredentialsAsync(CredentialCheck check, CancellationTokenSource streaming)
    {
        try
        {
            var state = await CredentialWatch.UntilFailedAsync(check, options, streaming.Token).ConfigureAwait(false);
            await streaming.CancelAsync().ConfigureAwait(false);
            return state;
        }
        catch (OperationCanceledException)
        {
            return CredentialState.Valid;
        }
    }
}
