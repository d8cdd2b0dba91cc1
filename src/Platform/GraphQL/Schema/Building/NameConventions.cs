using System.Text;

namespace EventAgents.Platform.GraphQL.Schema.Building;

/// <summary>Name conversions between CLR and GraphQL conventions.</summary>
public static class NameConventions
{
    /// <summary>PascalCase to SCREAMING_SNAKE_CASE: <c>InProgress</c> becomes <c>IN_PROGRESS</c>.</summary>
    public static string ToScreamingSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>PascalCase to camelCase.</summary>
    public static string ToCamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
