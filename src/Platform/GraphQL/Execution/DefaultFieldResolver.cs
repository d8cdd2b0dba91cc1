using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>Resolves a field without a resolver: a dictionary entry, a JSON property, or a public property of the parent
/// (matched ignoring case). Property getters are compiled once per CLR type and field name.</summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    /// <summary>The resolver.</summary>
    public static FieldResolver Instance { get; } = static context => new ValueTask<object?>(Resolve(context.Source, context.Field.Name));

    /// <summary>Reads a member of a value by GraphQL field name.</summary>
    public static object? Resolve(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var value) ? value : null;
            case IDictionary dictionary:
                return dictionary.Contains(name) ? dictionary[name] : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(name, out var property) ? Values.JsonInput.ToClr(property) : null;
        }

        var getter = Getters.GetOrAdd((source.GetType(), name), static key => CreateGetter(key.Item1, key.Item2));
        return getter?.Invoke(source);
    }

    private static Func<object, object?>? CreateGetter(Type type, string name)
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null || property.GetIndexParameters().Length > 0 || property.GetMethod is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "source");
        var body = Expression.Convert(Expression.Property(Expression.Convert(parameter, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
