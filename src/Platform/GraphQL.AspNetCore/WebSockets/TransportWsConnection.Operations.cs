using EventAgents.Platform.GraphQL.AspNetCore.Context;
using EventAgents.Platform.GraphQL.AspNetCore.Http;
using EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;
using EventAgents.Platform.GraphQL.Execution;

namespace EventAgents.Platform.GraphQL.AspNetCore.WebSockets;

internal sealed partial class TransportWsConnection
{
    private async Task SubscribeAsync(string id, GraphQLRequestParameters parameters)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (await CredentialWatch.CheckAsync(_stillValid, _lifetime.Token).ConfigureAwait(false) is not CredentialState.Valid and var state)
        {
            await CloseForCredentialsAsync(state).ConfigureAwait(false);
            return;
        }

        var operation = new Operation(_lifetime.Token);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }

        try
        {
            parameters = await PersistedDocumentResolver.ResolveAsync(parameters, _options, _lifetime.Token).ConfigureAwait(false);
        }
        catch (RequestError error)
        {
            _operations.TryRemove(new KeyValuePair<string, Operation>(id, operation));
            operation.Dispose();
            await _sender.SendErrorAsync(id, [ResponseWriter.ErrorOf(error.Message, error.Code)], _lifetime.Token).ConfigureAwait(false);
            return;
        }

        var request = new ExecutionRequest(parameters.Query)
        {
            OperationName = parameters.OperationName,
            Variables = parameters.Variables,
            UserContext = _userContext,
            Services = _context.RequestServices,
        };
        var running = Task.Run(() => RunOperationAsync(id, operation, request));
        _running.TryAdd(running, 0);
        _ = running.ContinueWith(static (task, state) => ((TransportWsConnection)state!)._running.TryRemove(task, out _),
            this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task RunOperationAsync(string id, Operation operation, ExecutionRequest request)
    {
        var token = operation.Token;
        try
        {
            if (_executor.Documents.Get(request.Query).Errors is { } errors)
            {
                await _sender.SendErrorAsync(id, errors, token).ConfigureAwait(false);
                return;
            }

            await foreach (var result in _executor.SubscribeAsync(request, token).ConfigureAwait(false))
            {
                await _sender.SendNextAsync(id, result, token).ConfigureAwait(false);
            }

            if (_operations.TryRemove(new KeyValuePair<string, Operation>(id, operation)))
            {
                await _sender.SendCompleteAsync(id, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await _sender.SendErrorAsync(id, [StreamFailures.ToError(exception)], token).ConfigureAwait(false);
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, Operation>(id, operation));
            operation.Dispose();
        }
    }
}
