namespace EventAgents.Platform.Llm.Secrets;

/// <summary>A resolved secret such as an API key: its value is read with <see cref="Reveal"/> and never printed.</summary>
public sealed class Secret
{
    private readonly string value;

    /// <summary>Wraps <paramref name="value"/>, which must not be empty.</summary>
    public Secret(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        this.value = value;
    }

    /// <summary>The secret itself, to hand to a client library and nowhere else.</summary>
    public string Reveal() => value;

    /// <summary>Replaces every occurrence of the secret in <paramref name="text"/>.</summary>
    public string Redact(string? text) =>
        string.IsNullOrEmpty(text) ? text ?? "" : text.Replace(value, "***", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="text"/> contains the secret.</summary>
    public bool AppearsIn(string? text) => text?.Contains(value, StringComparison.Ordinal) == true;

    /// <summary>Never the value.</summary>
    public override string ToString() => "***";
}
