using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>Reads the request parameters of a GET request from its query string (variables as JSON text).</summary>
internal static class QueryStringParameters
{
    public static GraphQLRequestParameters Read(IQueryCollection query)
    {
        var text = Single(query, "query") ?? throw new RequestError("The request has no \"query\" parameter.");
        var variables = Single(query, "variables") is { } json ? JsonParameters.ReadMap(json, "variables") : null;
        if (Single(query, "extensions") is { } extensions)
        {
            JsonParameters.ReadMap(extensions, "extensions");
        }

        return new GraphQLRequestParameters(text, Single(query, "operationName"), variables);
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
