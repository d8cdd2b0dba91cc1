using EventAgents.Platform.GraphQL.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Context;

/// <summary>What a credential check found: still valid, no longer valid, or the check itself failed.</summary>
internal enum CredentialState
{
    Valid,
    Invalid,
    Unverifiable,
}

/// <summary>Runs a host's <see cref="CredentialCheck"/> once or every interval; a check that throws fails closed.</summary>
internal static class CredentialWatch
{
    public const string NoLongerValid = "The credentials are no longer valid.";
    public const string CouldNotBeChecked = "The credentials could not be checked.";

    public static async ValueTask<CredentialState> CheckAsync(CredentialCheck? check, CancellationToken cancellationToken)
    {
        if (check is null)
        {
            return CredentialState.Valid;
        }

        try
        {
            return await check(cancellationToken).ConfigureAwait(false) ? CredentialState.Valid : CredentialState.Invalid;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return CredentialState.Unverifiable;
        }
    }

    /// <summary>Checks every interval until the credentials fail, returning how; throws when cancelled.</summary>
    public static async Task<CredentialState> UntilFailedAsync(CredentialCheck check, GraphQLEndpointOptions options, CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(options.CredentialCheckInterval, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            if (await CheckAsync(check, cancellationToken).ConfigureAwait(false) is not CredentialState.Valid and var state)
            {
                return state;
            }
        }
    }

    public static string MessageOf(CredentialState state) => state == CredentialState.Invalid ? NoLongerValid : CouldNotBeChecked;

    public static GraphQLError ErrorOf(CredentialState state) =>
        ResponseWriter.ErrorOf(MessageOf(state), state == CredentialState.Invalid ? "UNAUTHENTICATED" : "INTERNAL_SERVER_ERROR");
}
