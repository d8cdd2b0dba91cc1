using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>Reads the request parameters of a GET request from its query string (variables as JSON text).</summary>
internal static class QueryStringParameters
{
    public static GraphQLRequestParameters Read(IQueryCollection query)
    {
        var variables = Single(query, "variables") is { } json ? JsonParameters.ReadMap(json, "variables") : null;
        var hash = Single(query, "extensions") is { } extensions ? JsonParameters.PersistedHash(JsonParameters.ReadMap(extensions, "extensions")) : null;
        var text = Single(query, "query") ?? (hash is null ? throw new RequestError("The request has no \"query\" parameter.") : "");
        return new GraphQLRequestParameters(text, Single(query, "operationName"), variables, hash);
    }

    private static string? Single(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw new RequestError($"The \"{name}\" parameter is given more than once.");
    }
}
