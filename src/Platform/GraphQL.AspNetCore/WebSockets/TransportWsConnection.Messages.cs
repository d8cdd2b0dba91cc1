using EventAgents.Platform.GraphQL.AspNetCore.Context;
using EventAgents.Platform.GraphQL.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.WebSockets;

internal sealed partial class TransportWsConnection
{
    private async Task HandleAsync(ReadOnlyMemory<byte> text)
    {
        ClientMessage message;
        try
        {
            message = ClientMessage.Parse(text);
        }
        catch (RequestError error)
        {
            await CloseAsync(CloseCodes.BadRequest, error.Message).ConfigureAwait(false);
            return;
        }

        var token = _lifetime.Token;
        switch (message.Type)
        {
            case ClientMessage.ConnectionInit:
                await InitialiseAsync(message).ConfigureAwait(false);
                break;
            case ClientMessage.Ping:
                await _sender.SendPongAsync(message.Payload, token).ConfigureAwait(false);
                break;
            case ClientMessage.Subscribe:
                await SubscribeAsync(message.Id!, message.Request!).ConfigureAwait(false);
                break;
            case ClientMessage.Complete:
                if (_operations.TryRemove(message.Id!, out var operation))
                {
                    operation.Cancel();
                }

                break;
        }
    }

    private async Task InitialiseAsync(ClientMessage message)
    {
        if (_initReceived)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        _initReceived = true;
        var result = await UserContexts.ForConnectionAsync(_context, _options, message.Payload, _lifetime.Token).ConfigureAwait(false);
        if (result.IsDenied)
        {
            await CloseAsync(CloseCodes.Forbidden, result.Denial!).ConfigureAwait(false);
            return;
        }

        _userContext = result.UserContext;
        _stillValid = result.StillValid;
        if (_stillValid is { } check)
        {
            _credentialWatch = WatchCredentialsAsync(check);
        }

        _acknowledged = true;
        await _sender.SendAsync("connection_ack", _lifetime.Token).ConfigureAwait(false);
    }
}
