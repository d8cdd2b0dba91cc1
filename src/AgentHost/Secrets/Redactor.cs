using System.Text.Json;

namespace EventAgents.AgentHost.Secrets;

/// <summary>Replaces every known secret value (and its JSON-escaped form) in text with <c>***</c>.</summary>
public sealed class Redactor
{
    /// <summary>Shorter values are not treated as secrets: redacting them would garble ordinary text.</summary>
    public const int MinimumLength = 6;

    private const string Mask = "***";
    private readonly string[] values;

    /// <summary>Redacts <paramref name="secrets"/>; empty and short values are ignored.</summary>
    public Redactor(IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        values = [.. secrets
            .Where(secret => secret is { Length: >= MinimumLength })
            .SelectMany(secret => new[] { secret!, JsonEncodedText.Encode(secret!).ToString() })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(secret => secret.Length)];
    }

    /// <summary>A redactor that changes nothing.</summary>
    public static Redactor None { get; } = new([]);

    /// <summary><paramref name="text"/> with every secret masked.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var value in values)
        {
            text = text.Replace(value, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
