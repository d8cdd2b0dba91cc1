namespace EventAgents.Platform.Llm.Providers;

/// <summary>Which protocol a model provider speaks.</summary>
public enum ProviderKind
{
    /// <summary>Anthropic's Messages API, through the official SDK.</summary>
    Anthropic,

    /// <summary>OpenAI's Chat Completions API at api.openai.com.</summary>
    OpenAI,

    /// <summary>A server that speaks OpenAI's Chat Completions API (Ollama, vLLM, llama.cpp's server, a gateway).</summary>
    OpenAICompatible,

    /// <summary>The deterministic scripted model for tests and the offline demo.</summary>
    Scripted,
}

/// <summary>The names of <see cref="ProviderKind"/> in configuration.</summary>
public static class ProviderKinds
{
    private static readonly Dictionary<string, ProviderKind> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["anthropic"] = ProviderKind.Anthropic,
        ["openai"] = ProviderKind.OpenAI,
        ["openai-compatible"] = ProviderKind.OpenAICompatible,
        ["scripted"] = ProviderKind.Scripted,
    };

    /// <summary>The kind named <paramref name="name"/>, or an error listing the known names.</summary>
    public static ProviderKind Parse(string? name, string provider) =>
        name is not null && Names.TryGetValue(name, out var kind)
            ? kind
            : throw new InvalidDataException(
                $"Provider '{provider}' has kind '{name}'; the kinds are {string.Join(", ", Names.Keys.Select(key => $"'{key}'"))}.");
}
