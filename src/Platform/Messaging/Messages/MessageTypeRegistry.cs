using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventAgents.Platform.Messaging;

/// <summary>
/// Maps CLR message records to stable, versioned names ("engine.start-step.v1") carried in envelopes and
/// stored in queues. CLR names never leave the process, so a message can be renamed or moved freely.
/// </summary>
public sealed class MessageTypeRegistry
{
    private readonly Dictionary<Type, string> _names = [];
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string To, Func<JsonObject, JsonObject> Transform)> _upcasters = new(StringComparer.Ordinal);

    public MessageTypeRegistry(JsonSerializerOptions? json = null) =>
        Json = json ?? new JsonSerializerOptions(JsonSerializerDefaults.Web);

    /// <summary>The serializer settings used for message bodies.</summary>
    public JsonSerializerOptions Json { get; }

    /// <summary>Every mapped name.</summary>
    public IEnumerable<string> Names => _types.Keys;

    public MessageTypeRegistry Map<TMessage>(string name) => Map(typeof(TMessage), name);

    public MessageTypeRegistry Map(Type clrType, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_types.TryGetValue(name, out var existing) && existing != clrType)
        {
            throw new ArgumentException($"Message type name '{name}' is already mapped to {existing.Name}.", nameof(name));
        }

        if (_names.TryGetValue(clrType, out var previous) && previous != name)
        {
            throw new ArgumentException($"{clrType.Name} is already mapped to '{previous}'.", nameof(clrType));
        }

        _names[clrType] = name;
        _types[name] = clrType;
        return this;
    }

    /// <summary>
    /// Messages still queued under <paramref name="fromName"/> (say, a timeout scheduled before a deployment) are read
    /// as <paramref name="toName"/> after <paramref name="transform"/>; chains are followed.
    /// </summary>
    public MessageTypeRegistry Upcast(string fromName, string toName, Func<JsonObject, JsonObject> transform)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toName);
        _upcasters[fromName] = (toName, transform);
        return this;
    }

    public bool IsMapped(Type clrType) => _names.ContainsKey(clrType);

    public string NameOf(Type clrType) =>
        _names.TryGetValue(clrType, out var name)
            ? name
            : throw new UnknownMessageTypeException($"Message type {clrType.FullName} has no stable name; map it with MessageTypeRegistry.Map.");

    public Type TypeOf(string name) =>
        _types.TryGetValue(name, out var type)
            ? type
            : throw new UnknownMessageTypeException($"Message type '{name}' is not mapped to a CLR type.");

    public string Serialize(object message) => JsonSerializer.Serialize(message, message.GetType(), Json);

    public object Deserialize(string name, string json)
    {
        var (current, body) = _upcasters.ContainsKey(name) ? Upcasted(name, json) : (name, json);
        return JsonSerializer.Deserialize(body, TypeOf(current), Json) ?? throw new JsonException($"Message of type '{current}' deserialized to null.");
    }

    private (string Name, string Json) Upcasted(string name, string json)
    {
        var node = JsonNode.Parse(json)?.AsObject() ?? throw new JsonException($"Message of type '{name}' is not a JSON object.");
        var current = name;
        for (var hops = 0; _upcasters.TryGetValue(current, out var upcaster); hops++)
        {
            if (hops == 64)
            {
                throw new InvalidOperationException($"Message upcasters starting at '{name}' form a cycle.");
            }

            node = upcaster.Transform(node);
            current = upcaster.To;
        }

        return (current, node.ToJsonString(Json));
    }
}
