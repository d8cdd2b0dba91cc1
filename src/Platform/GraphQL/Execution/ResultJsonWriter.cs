using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>Writes execution results as JSON with <see cref="Utf8JsonWriter"/>, without reflection.</summary>
public static class ResultJsonWriter
{
    /// <summary>The JSON text of a result.</summary>
    public static string Write(ExecutionResult result)
    {
        using var stream = new MemoryStream();
        Write(result, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the JSON of a result to a stream.</summary>
    public static void Write(ExecutionResult result, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Write(result, writer);
    }

    /// <summary>Writes the JSON of a result.</summary>
    public static void Write(ExecutionResult result, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                WriteError(error, writer);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(result.Data, writer);
        }

        if (result.Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            WriteValue(result.Extensions, writer);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes one error object.</summary>
    public static void WriteError(GraphQLError error, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var key in path)
            {
                if (key is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(key.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            WriteValue(error.Extensions, writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a result value: dictionaries, lists, strings, numbers, booleans, null, JSON elements.</summary>
    public static void WriteValue(object? value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i:
                writer.WriteNumberValue(i);
                return;
            case long l:
                writer.WriteNumberValue(l);
                return;
            case double d:
                writer.WriteNumberValue(d);
                return;
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case float f:
                writer.WriteNumberValue(f);
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(item, writer);
                }

                writer.WriteEndObject();
                return;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(entry.Key.ToString()!);
                    WriteValue(entry.Value, writer);
                }

                writer.WriteEndObject();
                return;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(item, writer);
                }

                writer.WriteEndArray();
                return;
        }

        if (Numbers.TryGetDouble(value, out var number))
        {
            writer.WriteNumberValue(number);
            return;
        }

        writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
    }
}
