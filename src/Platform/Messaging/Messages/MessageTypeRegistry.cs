using System.Text.Json;

namespace EventAgents.Platform.Messaging;

/// <summary>
/// Maps CLR message records to stable, versioned names ("engine.start-step.v1") carried in envelopes and
/// stored in queues. CLR names never leave the process, so a message can be renamed or moved freely.
/// </summary>
public sealed class MessageTypeRegistry
{
    private readonly Dictionary<Type, string> _names = [];
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

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

    public object Deserialize(string name, string json) =>
        JsonSerializer.Deserialize(json, TypeOf(name), Json) ?? throw new JsonException($"Message of type '{name}' deserialized to null.");
}
