using System.Buffers;
using System.Text.Json;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>Reads the request parameters from a JSON body (<c>{"query", "operationName", "variables", "extensions"}</c>)
/// in one pass with <see cref="Utf8JsonReader"/>.</summary>
internal static class JsonParameters
{
    public static GraphQLRequestParameters Read(ReadOnlySequence<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            return ReadObject(ref reader);
        }
        catch (JsonException exception)
        {
            throw new RequestError("The request body is not valid JSON: " + exception.Message);
        }
    }

    public static GraphQLRequestParameters ReadObject(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new RequestError("The request body must be a JSON object.");
        }

        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("query"u8))
            {
                query = ReadString(ref reader, "query");
            }
            else if (reader.ValueTextEquals("operationName"u8))
            {
                operationName = ReadString(ref reader, "operationName");
            }
            else if (reader.ValueTextEquals("variables"u8))
            {
                variables = ReadMap(ref reader, "variables");
            }
            else if (reader.ValueTextEquals("extensions"u8))
            {
                extensions = ReadMap(ref reader, "extensions");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        var hash = PersistedHash(extensions);
        return new GraphQLRequestParameters(
            query ?? (hash is null ? throw new RequestError("The request has no \"query\" string.") : ""), operationName, variables, hash);
    }

    /// <summary>The lowercase <c>extensions.persistedQuery.sha256Hash</c>, or null when the request names no persisted document.</summary>
    public static string? PersistedHash(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
        {
            return null;
        }

        return value is IReadOnlyDictionary<string, object?> persisted
            && persisted.TryGetValue("version", out var version) && Convert.ToString(version, System.Globalization.CultureInfo.InvariantCulture) == "1"
            && persisted.TryGetValue("sha256Hash", out var hash) && hash is string { Length: 64 } text && text.All(char.IsAsciiHexDigit)
                ? text.ToLowerInvariant()
                : throw new RequestError("extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": <64 hex digits>}.");
    }

    public static IReadOnlyDictionary<string, object?>? ReadMap(string json, string name)
    {
        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = 64 });
            var map = ReadMap(ref reader, name);
            if (reader.Read())
            {
                throw new RequestError($"The \"{name}\" parameter has text after its JSON value.");
            }

            return map;
        }
        catch (JsonException exception)
        {
            throw new RequestError($"The \"{name}\" parameter is not valid JSON: {exception.Message}");
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new RequestError($"The \"{name}\" parameter must be a string."),
        };
    }

    private static IReadOnlyDictionary<string, object?>? ReadMap(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartObject:
                using (var element = JsonDocument.ParseValue(ref reader))
                {
                    return (IReadOnlyDictionary<string, object?>?)JsonInput.ToClr(element.RootElement);
                }

            default:
                throw new RequestError($"The \"{name}\" parameter must be a JSON object or null.");
        }
    }
}
