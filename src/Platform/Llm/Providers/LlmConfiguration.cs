using System.Globalization;
using System.Text.Json;
using EventAgents.Platform.Llm.Scripted;
using EventAgents.Platform.Llm.Secrets;
using EventAgents.Platform.Llm.Usage;

namespace EventAgents.Platform.Llm.Providers;

/// <summary>
/// The providers and prices, read from JSON with snake_case names:
/// <c>{"providers": {"local": {"kind": "openai-compatible", "base_url": "http://127.0.0.1:11434/v1", "default_model": "qwen3"}},
/// "prices": {"openai/gpt-4o-mini": {"input": 0.15, "cached_input": 0.075, "output": 0.6}}}</c>.
/// </summary>
/// <param name="Providers">The providers.</param>
/// <param name="Prices">The prices per million tokens.</param>
public sealed record LlmConfiguration(IReadOnlyList<ProviderSettings> Providers, PriceTable Prices)
{
    private static readonly JsonSerializerOptions ScriptJson = new() { PropertyNameCaseInsensitive = true };

    /// <summary>No providers and no prices.</summary>
    public static LlmConfiguration Empty { get; } = new([], PriceTable.Empty);

    /// <summary>Parses <paramref name="json"/>, or throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static LlmConfiguration Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The model configuration is not valid JSON: {exception.Message}", exception);
        }
    }

    /// <summary>Reads the configuration from <paramref name="root"/>.</summary>
    public static LlmConfiguration Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("The model configuration must be a JSON object.");
        }

        var providers = root.TryGetProperty("providers", out var list) ? Objects(list, "providers").Select(Provider).ToList() : [];
        var prices = root.TryGetProperty("prices", out var table)
            ? new PriceTable(Objects(table, "prices").ToDictionary(price => price.Name, Price, StringComparer.OrdinalIgnoreCase))
            : PriceTable.Empty;
        return new LlmConfiguration(providers, prices);
    }

    private static ProviderSettings Provider(JsonProperty entry)
    {
        var name = entry.Name;
        var at = $"providers.{name}";
        var fields = entry.Value;
        var kind = ProviderKinds.Parse(Text(fields, "kind", at), name);
        var baseUrl = Text(fields, "base_url", at) is { } url
            ? Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new InvalidDataException($"{at}.base_url '{url}' is not an absolute http(s) URL.")
            : null;
        var key = Text(fields, "api_key", at) is { } reference ? SecretReference.Parse(reference, $"{at}.api_key") : null;
        var defaults = new ProviderSettings(name, kind, null, null, null);
        return new ProviderSettings(name, kind, baseUrl, key, Text(fields, "default_model", at))
        {
            MaxRetries = Whole(fields, "max_retries", at, 0) ?? defaults.MaxRetries,
            Timeout = Whole(fields, "timeout_seconds", at, 1) is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.Timeout,
            MaxOutputTokens = Whole(fields, "max_output_tokens", at, 1) ?? defaults.MaxOutputTokens,
            Script = fields.TryGetProperty("script", out var script) ? Script(script, at) : [],
        };
    }

    private static ModelPrice Price(JsonProperty entry)
    {
        var at = $"prices.{entry.Name}";
        return new ModelPrice(
            Money(entry.Value, "input", at) ?? throw new InvalidDataException($"{at}.input is required (USD per million input tokens)."),
            Money(entry.Value, "output", at) ?? throw new InvalidDataException($"{at}.output is required (USD per million output tokens)."),
            Money(entry.Value, "cached_input", at));
    }

    private static IEnumerable<JsonProperty> Objects(JsonElement element, string at)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{at} must be an object keyed by name.");
        }

        foreach (var property in element.EnumerateObject())
        {
            yield return property.Value.ValueKind == JsonValueKind.Object
                ? property
                : throw new InvalidDataException($"{at}.{property.Name} must be an object.");
        }
    }

    private static string? Text(JsonElement fields, string name, string at) =>
        !fields.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text
        : throw new InvalidDataException($"{at}.{name} must be a non-empty string.");

    private static int? Whole(JsonElement fields, string name, string at, int minimum) =>
        !fields.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= minimum ? number
        : throw new InvalidDataException($"{at}.{name} must be a whole number of at least {minimum.ToString(CultureInfo.InvariantCulture)}.");

    private static decimal? Money(JsonElement fields, string name, string at) =>
        !fields.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var amount) && amount >= 0 ? amount
        : throw new InvalidDataException($"{at}.{name} must be a number of US dollars per million tokens, not negative.");

    private static List<ScriptedTurn> Script(JsonElement script, string at) =>
        script.ValueKind == JsonValueKind.Array
            ? script.Deserialize<List<ScriptedTurn>>(ScriptJson) ?? []
            : throw new InvalidDataException($"{at}.script must be a list of turns.");
}
