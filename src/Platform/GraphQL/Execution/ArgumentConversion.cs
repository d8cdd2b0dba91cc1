using System.Globalization;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>Converts a coerced input value to the CLR type a resolver asks for.</summary>
public static class ArgumentConversion
{
    /// <summary>The value as T: unchanged when it already is one, else converted (numbers, enums by name, strings).</summary>
    public static T? To<T>(object value)
    {
        if (value is T typed)
        {
            return typed;
        }

        var target = typeof(T);
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
        {
            return (T)Enum.Parse(underlying, Convert.ToString(value, CultureInfo.InvariantCulture)!, ignoreCase: true);
        }

        if (underlying == typeof(string))
        {
            return (T)(object)Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }

        if (underlying == typeof(Guid) && value is string s)
        {
            return (T)(object)Guid.Parse(s);
        }

        if (value is IConvertible)
        {
            return (T)Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"Cannot convert {value.GetType().Name} to {target.Name}.");
    }
}
