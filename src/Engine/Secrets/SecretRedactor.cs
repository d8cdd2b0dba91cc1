using System.Text.RegularExpressions;
using EventAgents.Application.Steps.Running;

namespace EventAgents.Engine.Secrets;

/// <summary>
/// Replaces the secrets the server knows with <c>***</c> before text is recorded or logged: the values it is given
/// (model provider keys, other configured secrets, read each time so a rotated key is covered) and any step token its
/// own key signed, whatever attempt it belongs to. The agent redacts too; the server does not rely on it.
/// </summary>
public sealed partial class SecretRedactor(Func<IEnumerable<string>> secrets, StepTokens? tokens = null)
{
    public const string Mask = "***";

    /// <summary>Secrets shorter than this are not masked: a value that short would mask ordinary words.</summary>
    private const int MinimumLength = 6;

    /// <summary>Redacts nothing.</summary>
    public static SecretRedactor None { get; } = new(() => []);

    /// <summary>The length of the longest secret masked by value; a stream holds back one less, so no secret leaves split.</summary>
    public int LongestSecret => secrets().Where(s => s.Length >= MinimumLength).Select(s => s.Length).DefaultIfEmpty(0).Max();

    public string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in secrets().Where(s => s.Length >= MinimumLength).OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return tokens is null ? text : StepTokenPattern().Replace(text, match => IsOurs(match.Value) ? Mask : match.Value);
    }

    private bool IsOurs(string candidate) =>
        tokens!.Validate(candidate).Status is StepTokenStatus.Valid or StepTokenStatus.Expired;

    [GeneratedRegex(@"v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")]
    private static partial Regex StepTokenPattern();
}
