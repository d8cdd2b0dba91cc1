using EventAgents.Platform.GraphQL;
using EventAgents.Platform.GraphQL.Execution;

namespace EventAgents.GraphQL.Common;

/// <summary>Reads a mutation's <c>input</c> object (coerced by the engine, so types are already checked).</summary>
public sealed class Input(IReadOnlyDictionary<string, object?> values)
{
    public static Input From(ResolveContext context) =>
        new(context.Arguments.TryGetValue("input", out var value) && value is IReadOnlyDictionary<string, object?> map ? map : new Dictionary<string, object?>());

    public string? Text(string name) => values.TryGetValue(name, out var value) && value is not null ? ArgumentConversion.To<string>(value) : null;

    public string Required(string name) => Text(name) is { Length: > 0 } text
        ? text
        : throw new GraphQLException($"input.{name} must not be empty.", new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });

    public long? Long(string name) => values.TryGetValue(name, out var value) && value is not null ? ArgumentConversion.To<long>(value) : null;

    public int? Int(string name) => values.TryGetValue(name, out var value) && value is not null ? ArgumentConversion.To<int>(value) : null;

    public T? Enum<T>(string name)
        where T : struct, System.Enum =>
        values.TryGetValue(name, out var value) && value is T typed ? typed : null;

    public object? Raw(string name) => values.GetValueOrDefault(name);

    public IReadOnlyList<string>? Texts(string name) =>
        values.TryGetValue(name, out var value) && value is System.Collections.IEnumerable items and not string
            ? [.. items.Cast<object?>().Select(item => item?.ToString() ?? "")]
            : null;
}
