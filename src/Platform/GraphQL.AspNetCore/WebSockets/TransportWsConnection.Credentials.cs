using EventAgents.Platform.GraphQL.AspNetCore.Context;

namespace EventAgents.Platform.GraphQL.AspNetCore.WebSockets;

internal sealed partial class TransportWsConnection
{
    private CredentialCheck? _stillValid;

    /// <summary>Asks the context's credential check every interval once acknowledged; closes the socket when it fails.</summary>
    private async Task WatchCredentialsAsync(CredentialCheck check)
    {
        CredentialState state;
        try
        {
            state = await CredentialWatch.UntilFailedAsync(check, _options, _lifetime.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await CloseForCredentialsAsync(state).ConfigureAwait(false);
    }

    private Task CloseForCredentialsAsync(CredentialState state) => CloseAsync(
        state == CredentialState.Invalid ? CloseCodes.Forbidden : CloseCodes.InternalServerError,
        CredentialWatch.MessageOf(state));
}
