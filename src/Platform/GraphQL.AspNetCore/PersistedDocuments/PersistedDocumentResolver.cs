using EventAgents.Platform.GraphQL.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;

/// <summary>Turns a request that names a persisted document into one that carries its text, or refuses it.</summary>
/// <remarks>Not found and not supported are answered with 200 as Apollo's clients expect, so they retry with the document.</remarks>
internal static class PersistedDocumentResolver
{
    public static async ValueTask<GraphQLRequestParameters> ResolveAsync(
        GraphQLRequestParameters parameters, GraphQLEndpointOptions options, CancellationToken cancellationToken)
    {
        var persisted = options.PersistedDocuments;
        if (persisted is null)
        {
            return parameters.Query.Length > 0
                ? parameters
                : throw new RequestError("PersistedQueryNotSupported", 200, "PERSISTED_QUERY_NOT_SUPPORTED");
        }

        if (parameters.PersistedHash is not { } hash)
        {
            return !persisted.TrustedOnly || await persisted.Store.GetAsync(DocumentHash.Of(parameters.Query), cancellationToken).ConfigureAwait(false) is not null
                ? parameters
                : throw NotTrusted();
        }

        if (parameters.Query.Length == 0)
        {
            return await persisted.Store.GetAsync(hash, cancellationToken).ConfigureAwait(false) is { } document
                ? parameters with { Query = document }
                : throw new RequestError("PersistedQueryNotFound", 200, "PERSISTED_QUERY_NOT_FOUND");
        }

        if (DocumentHash.Of(parameters.Query) != hash)
        {
            throw new RequestError("provided sha does not match query", 400, "INVALID_SHA256_HASH");
        }

        if (persisted.TrustedOnly)
        {
            return await persisted.Store.GetAsync(hash, cancellationToken).ConfigureAwait(false) is not null ? parameters : throw NotTrusted();
        }

        if (persisted.AllowRegistration)
        {
            await persisted.Store.SaveAsync(hash, parameters.Query, cancellationToken).ConfigureAwait(false);
        }

        return parameters;
    }

    private static RequestError NotTrusted() =>
        new("Only trusted documents are accepted, and this document is not one of them.", 400, "PERSISTED_QUERY_NOT_TRUSTED");
}
