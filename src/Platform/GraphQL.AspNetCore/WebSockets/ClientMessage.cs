using System.Text.Json;
using EventAgents.Platform.GraphQL.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.WebSockets;

/// <summary>A message from a <c>graphql-transport-ws</c> client, validated: its type, id, payload and, for
/// <c>subscribe</c>, the request parameters.</summary>
internal sealed record ClientMessage(string Type, string? Id, JsonElement? Payload, GraphQLRequestParameters? Request)
{
    public const string ConnectionInit = "connection_init";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Complete = "complete";

    /// <summary>Parses a message; throws <see cref="RequestError"/> with the reason when it is not a valid client message.</summary>
    public static ClientMessage Parse(ReadOnlyMemory<byte> text)
    {
        using var document = ParseJson(text);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new RequestError("Message is missing the 'type' string property.");
        }

        var type = typeElement.GetString()!;
        JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : null;
        return type switch
        {
            ConnectionInit or Ping or Pong => new ClientMessage(type, null, ObjectOrNull(payload, type), null),
            Subscribe => new ClientMessage(type, RequireId(root, type), null, SubscribeRequest(payload)),
            Complete => new ClientMessage(type, RequireId(root, type), null, null),
            _ => throw new RequestError($"Unexpected message of type {type} received."),
        };
    }

    private static JsonDocument ParseJson(ReadOnlyMemory<byte> text)
    {
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            throw new RequestError("Message is not valid JSON: " + exception.Message);
        }
    }

    private static JsonElement? ObjectOrNull(JsonElement? payload, string type) =>
        payload is null or { ValueKind: JsonValueKind.Object } ? payload : throw new RequestError($"\"{type}\" message expects the 'payload' property to be an object or missing.");

    private static string RequireId(JsonElement root, string type) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text
            ? text
            : throw new RequestError($"\"{type}\" message requires a non-empty 'id' string property.");

    private static GraphQLRequestParameters SubscribeRequest(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } body)
        {
            throw new RequestError("\"subscribe\" message expects the 'payload' property to be an object.");
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(body.GetRawText());
        var reader = new Utf8JsonReader(bytes);
        return JsonParameters.ReadObject(ref reader);
    }
}
