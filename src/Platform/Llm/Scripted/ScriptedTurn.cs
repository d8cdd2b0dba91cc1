using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventAgents.Platform.Llm.Scripted;

/// <summary>One reply of a <see cref="ScriptedChatClient"/>: optional text, then optionally one tool call.</summary>
/// <param name="Tool">Name of the tool to call, if any.</param>
/// <param name="Args">The tool's arguments as a JSON object.</param>
/// <param name="Text">Text the model says before the call, if any.</param>
public sealed record ScriptedTurn(
    [property: JsonPropertyName("tool")] string? Tool = null,
    [property: JsonPropertyName("args")] JsonElement? Args = null,
    [property: JsonPropertyName("text")] string? Text = null)
{
    /// <summary>A turn that calls <paramref name="tool"/> with arguments given as an anonymous object or dictionary.</summary>
    public static ScriptedTurn Call(string tool, object? args = null) =>
        new(tool, JsonSerializer.SerializeToElement(args ?? new Dictionary<string, object?>()), null);

    /// <summary>A turn that only says <paramref name="text"/>.</summary>
    public static ScriptedTurn Say(string text) => new(null, null, text);
}
