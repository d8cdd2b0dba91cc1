using System.Text;

namespace EventAgents.GraphQL.Common;

/// <summary>Opaque, globally unique ids for the <c>node</c> query: base64 of <c>Type:id</c>.</summary>
public static class GlobalId
{
    public static string Of(string type, string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(type + ":" + id));

    /// <summary>The type and id of a global id, or null when the text is not one.</summary>
    public static (string Type, string Id)? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 1024)
        {
            return null;
        }

        var bytes = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, bytes, out var length))
        {
            return null;
        }

        var decoded = Encoding.UTF8.GetString(bytes, 0, length);
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < decoded.Length - 1 && decoded[..colon].All(char.IsAsciiLetter) ? (decoded[..colon], decoded[(colon + 1)..]) : null;
    }

    /// <summary>The id inside a global id of <paramref name="type"/>, or the text itself (a plain id is accepted too).</summary>
    public static string Local(string type, string text) => Parse(text) is { } parsed && parsed.Type == type ? parsed.Id : text;
}
