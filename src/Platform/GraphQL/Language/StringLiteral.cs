using System.Globalization;
using System.Text;

namespace EventAgents.Platform.GraphQL.Language;

/// <summary>Prints a string as a quoted GraphQL string literal, escaping like graphql-js printString.</summary>
public static class StringLiteral
{
    /// <summary>The quoted, escaped form of a value.</summary>
    public static string Print(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        Append(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends the quoted, escaped form of a value.</summary>
    public static void Append(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || c is >= '\u007F' and <= '\u009F')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
