using System.Text.Json.Serialization;

namespace EventAgents.Platform.Docker;

/// <summary>One message of <c>GET /events</c>: something happened to a container, image, volume or network.</summary>
public sealed record EngineEvent
{
    /// <summary>What kind of object: <c>container</c>, <c>image</c>, <c>volume</c>, <c>network</c>.</summary>
    public string Type { get; init; } = "";

    /// <summary>What happened: <c>create</c>, <c>start</c>, <c>die</c>, <c>destroy</c>, <c>remove</c>...</summary>
    public string Action { get; init; } = "";

    /// <summary>The object and its attributes (a container's labels, its name, an exit code).</summary>
    public EngineEventActor Actor { get; init; } = new();

    /// <summary>When, in nanoseconds since the Unix epoch.</summary>
    [JsonPropertyName("timeNano")]
    public long TimeNano { get; init; }
}

/// <summary>The object an event is about.</summary>
public sealed record EngineEventActor
{
    [JsonPropertyName("ID")]
    public string Id { get; init; } = "";

    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
