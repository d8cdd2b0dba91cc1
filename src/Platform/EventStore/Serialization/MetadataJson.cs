using System.Text.Json;

namespace EventAgents.Platform.EventStore;

/// <summary>Writes and reads event metadata as a small JSON object with only the fields that are set.</summary>
internal static class MetadataJson
{
    public static byte[] Write(EventMetadata metadata)
    {
        using var buffer = new MemoryStream(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteIfSet(writer, "correlationId", metadata.CorrelationId);
            WriteIfSet(writer, "causationId", metadata.CausationId);
            WriteIfSet(writer, "actor", metadata.Actor);
            if (metadata.CommandId is { } commandId)
            {
                writer.WriteString("commandId", commandId);
            }

            if (metadata.Headers is { Count: > 0 } headers)
            {
                writer.WriteStartObject("headers");
                foreach (var (key, value) in headers)
                {
                    writer.WriteString(key, value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static EventMetadata Read(string json)
    {
        if (json.Length <= 2)
        {
            return EventMetadata.Empty;
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Dictionary<string, string>? headers = null;
        if (root.TryGetProperty("headers", out var headersElement))
        {
            headers = [];
            foreach (var header in headersElement.EnumerateObject())
            {
                headers[header.Name] = header.Value.GetString() ?? "";
            }
        }

        return new EventMetadata
        {
            CorrelationId = StringOrNull(root, "correlationId"),
            CausationId = StringOrNull(root, "causationId"),
            Actor = StringOrNull(root, "actor"),
            CommandId = root.TryGetProperty("commandId", out var command) ? command.GetGuid() : null,
            Headers = headers,
        };
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string? StringOrNull(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.GetString() : null;
}
