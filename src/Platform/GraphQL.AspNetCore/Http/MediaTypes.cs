using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>Content negotiation for the GraphQL endpoint.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    /// <summary>The most preferred acceptable response kind; no header or <c>*/*</c> means graphql-response+json.</summary>
    public static ResponseKind Negotiate(StringValues accept, bool html, bool eventStream)
    {
        if (accept.Count == 0 || accept[0] is null or "" or "*/*" or GraphQLResponseJson)
        {
            return ResponseKind.GraphQLResponseJson;
        }

        if (accept.Count == 1 && accept[0] == Json)
        {
            return ResponseKind.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return ResponseKind.None;
        }

        var best = ResponseKind.None;
        var bestQuality = 0.0;
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1.0;
            var kind = KindOf(type);
            if ((kind == ResponseKind.Html && !html) || (kind == ResponseKind.EventStream && !eventStream))
            {
                continue;
            }

            if (kind != ResponseKind.None && quality > bestQuality)
            {
                best = kind;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>True when a request body's Content-Type is JSON in UTF-8.</summary>
    public static bool IsJsonContent(string? contentType)
    {
        if (contentType is Json or "application/json; charset=utf-8" or "application/json;charset=utf-8")
        {
            return true;
        }

        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var type))
        {
            return false;
        }

        var charset = type.Charset;
        return type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            && (!charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }

    private static ResponseKind KindOf(MediaTypeHeaderValue type)
    {
        var name = type.MediaType;
        if (name.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase) || name.Equals("*/*", StringComparison.Ordinal)
            || name.Equals("application/*", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseKind.GraphQLResponseJson;
        }

        if (name.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseKind.Json;
        }

        if (name.Equals(EventStream, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseKind.EventStream;
        }

        return name.Equals("text/html", StringComparison.OrdinalIgnoreCase) ? ResponseKind.Html : ResponseKind.None;
    }
}
