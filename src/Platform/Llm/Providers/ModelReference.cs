namespace EventAgents.Platform.Llm.Providers;

/// <summary>
/// An agent's model as <c>provider/model</c>; the model part may itself hold slashes (<c>local/library/qwen3:8b</c>),
/// and a reference that names the provider alone takes its default model.
/// </summary>
/// <param name="Provider">The provider's name.</param>
/// <param name="Model">The model, or null for the provider's default.</param>
public sealed record ModelReference(string Provider, string? Model)
{
    /// <summary>Parses <paramref name="text"/> or names what is wrong with it.</summary>
    public static ModelReference Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidDataException("The model is empty; give it as 'provider/model'.");
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return new ModelReference(text.Trim(), null);
        }

        var provider = text[..slash].Trim();
        var model = text[(slash + 1)..].Trim();
        return provider.Length == 0 || model.Length == 0
            ? throw new InvalidDataException($"The model '{text}' is not of the form 'provider/model'.")
            : new ModelReference(provider, model);
    }

    /// <inheritdoc />
    public override string ToString() => Model is null ? Provider : $"{Provider}/{Model}";
}
