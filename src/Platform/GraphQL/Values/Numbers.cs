using System.Globalization;

namespace EventAgents.Platform.GraphQL.Values;

/// <summary>Helpers for the many CLR numeric types a value may arrive as.</summary>
public static class Numbers
{
    /// <summary>True when the value is a CLR number; gives it as a double.</summary>
    public static bool TryGetDouble(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>True when the value is a CLR number with an integral value that fits a long.</summary>
    public static bool TryGetInt64(object? value, out long number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul when ul <= long.MaxValue: number = (long)ul; return true;
        }

        if (TryGetDouble(value, out var d) && double.IsFinite(d) && Math.Floor(d) == d && d >= long.MinValue && d <= long.MaxValue)
        {
            number = (long)d;
            return true;
        }

        number = 0;
        return false;
    }

    /// <summary>Formats a double the way JavaScript's Number#toString does for common values.</summary>
    public static string FormatJs(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (Math.Floor(value) == value && Math.Abs(value) < 1e21)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return Math.Abs(value) < 1e-6 ? ToExponent(value) : text;
        }

        var mantissa = text[..e];
        var exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exponent is >= -7 and < 21)
        {
            return value.ToString("0.####################", CultureInfo.InvariantCulture);
        }

        return mantissa + "e" + (exponent > 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    private static string ToExponent(double value)
    {
        var text = value.ToString("0.################E+0", CultureInfo.InvariantCulture);
        return text.Replace("E", "e", StringComparison.Ordinal);
    }
}
