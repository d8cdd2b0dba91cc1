using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventAgents.Platform.EventStore;

/// <summary>
/// Maps CLR event records to stable, versioned type names stored in the database ("run.started.v1"),
/// and upcasts events stored under an old name to the current one. CLR names never reach the database.
/// Every registry knows the store's own events (<see cref="StoreMigrated"/>), so whatever reads the whole store can read them.
/// </summary>
public sealed class EventTypeRegistry
{
    private readonly Dictionary<Type, string> _names = [];
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string To, Func<JsonObject, JsonObject> Transform)> _upcasters = new(StringComparer.Ordinal);

    public EventTypeRegistry(JsonSerializerOptions? json = null)
    {
        Json = json ?? new JsonSerializerOptions(JsonSerializerDefaults.Web);
        // Events are stored as jsonb, which orders an object's keys its own way: a polymorphic type's "$type" is
        // rarely first when it is read back.
        Json.AllowOutOfOrderMetadataProperties = true;
        Map<StoreMigrated>(StoreMigrated.TypeName);
    }

    /// <summary>The serializer settings used for event data and snapshots.</summary>
    public JsonSerializerOptions Json { get; }

    /// <summary>Every CLR event type with its stable name.</summary>
    public IEnumerable<(Type Type, string Name)> Mappings => _names.Select(pair => (pair.Key, pair.Value));

    public EventTypeRegistry Map<TEvent>(string typeName) => Map(typeof(TEvent), typeName);

    public EventTypeRegistry Map(Type clrType, string typeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        if (_types.TryGetValue(typeName, out var existing) && existing != clrType)
        {
            throw new ArgumentException($"Event type name '{typeName}' is already mapped to {existing.Name}.", nameof(typeName));
        }

        _names[clrType] = typeName;
        _types[typeName] = clrType;
        return this;
    }

    /// <summary>Events stored as <paramref name="fromType"/> are read as <paramref name="toType"/> after <paramref name="transform"/>.</summary>
    public EventTypeRegistry Upcast(string fromType, string toType, Func<JsonObject, JsonObject> transform)
    {
        _upcasters[fromType] = (toType, transform);
        return this;
    }

    public string NameOf(Type clrType) =>
        _names.TryGetValue(clrType, out var name)
            ? name
            : throw new UnknownEventTypeException($"Event type {clrType.FullName} has no stable type name; map it with EventTypeRegistry.Map.");

    /// <summary>Follows the upcaster chain from a stored type name to the current one.</summary>
    public (string TypeName, string Json) Upcast(string storedType, string json)
    {
        if (!_upcasters.ContainsKey(storedType))
        {
            return (storedType, json);
        }

        var node = JsonNode.Parse(json)?.AsObject() ?? throw new JsonException($"Event of type '{storedType}' has no JSON object.");
        var type = storedType;
        var hops = 0;
        while (_upcasters.TryGetValue(type, out var upcaster))
        {
            if (++hops > 64)
            {
                throw new InvalidOperationException($"Upcasters starting at '{storedType}' form a cycle.");
            }

            node = upcaster.Transform(node);
            type = upcaster.To;
        }

        return (type, node.ToJsonString(Json));
    }

    public object Deserialize(string typeName, string json) =>
        _types.TryGetValue(typeName, out var type)
            ? JsonSerializer.Deserialize(json, type, Json) ?? throw new JsonException($"Event of type '{typeName}' deserialized to null.")
            : throw new UnknownEventTypeException($"Stored event type '{typeName}' is not mapped to a CLR type.");

    public byte[] Serialize(object data) => JsonSerializer.SerializeToUtf8Bytes(data, data.GetType(), Json);
}
