using System.Globalization;
using System.Text.Json;

namespace EventAgents.AgentHost.Tools;

/// <summary>Typed access to the arguments of a tool call, refusing a missing or mistyped one by name.</summary>
public sealed class ToolArguments(IReadOnlyDictionary<string, object?> values)
{
    /// <summary>A required string argument.</summary>
    public string String(string name) =>
        OptionalString(name) ?? throw new ToolRefusedException($"The argument '{name}' is required.");

    /// <summary>A string argument, or null when it is absent.</summary>
    public string? OptionalString(string name) => Value(name) switch
    {
        null => null,
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        _ => throw new ToolRefusedException($"The argument '{name}' must be a string."),
    };

    /// <summary>A whole-number argument, or null when it is absent.</summary>
    public int? OptionalInt(string name) => Value(name) switch
    {
        null => null,
        int number => number,
        long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
        JsonElement { ValueKind: JsonValueKind.Number } json when json.TryGetInt32(out var number) => number,
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        string text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        _ => throw new ToolRefusedException($"The argument '{name}' must be a whole number."),
    };

    /// <summary>A true/false argument, or null when it is absent.</summary>
    public bool? OptionalBool(string name) => Value(name) switch
    {
        null => null,
        bool flag => flag,
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        string text when bool.TryParse(text, out var flag) => flag,
        _ => throw new ToolRefusedException($"The argument '{name}' must be true or false."),
    };

    /// <summary>Any argument as JSON text; <c>null</c> when it is absent.</summary>
    public string Json(string name) => Value(name) switch
    {
        null => "null",
        JsonElement json => json.GetRawText(),
        var other => JsonSerializer.Serialize(other),
    };

    private object? Value(string name) => values.TryGetValue(name, out var value) ? value : null;
}
