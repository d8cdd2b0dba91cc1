using System.Globalization;
using System.Text;

namespace EventAgents.Testing;

/// <summary>A text key and a binary key as a step might try to smuggle them out of its sandbox: plain, base64, reversed, hex.</summary>
public static class SmuggledForms
{
    public static IEnumerable<string> Of(string textKey, byte[] binaryKey)
    {
        ArgumentNullException.ThrowIfNull(textKey);
        ArgumentNullException.ThrowIfNull(binaryKey);
        yield return textKey;
        yield return Convert.ToBase64String(Encoding.ASCII.GetBytes(textKey))[..24];
        yield return new string([.. textKey.Reverse()]);
        yield return Convert.ToBase64String(binaryKey)[..24];
        yield return string.Join(' ', binaryKey.Take(8).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        yield return Convert.ToHexStringLower(binaryKey)[..16];
    }
}
