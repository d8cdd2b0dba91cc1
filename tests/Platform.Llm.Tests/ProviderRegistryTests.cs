using EventAgents.Platform.Llm.Providers;
using EventAgents.Platform.Llm.Scripted;
using EventAgents.Platform.Llm.Secrets;
using EventAgents.Platform.Llm.Usage;
using Microsoft.Extensions.AI;

namespace EventAgents.Platform.Llm.Tests;

public sealed class ProviderRegistryTests
{
    private static readonly LlmConfiguration Configuration = LlmConfiguration.Parse("""
        {
          "providers": {
            "openai": {"kind": "openai", "api_key": "env:OPENAI_API_KEY", "default_model": "gpt-4o-mini"},
            "local": {"kind": "openai-compatible", "base_url": "http://127.0.0.1:11434/v1", "default_model": "qwen3:8b", "max_retries": 0, "timeout_seconds": 30},
            "claude": {"kind": "anthropic", "api_key": "file:/run/secrets/anthropic", "max_output_tokens": 4096},
            "demo": {"kind": "scripted", "default_model": "demo", "script": [{"text": "hello"}, {"tool": "complete_step", "args": {"result": "pass"}}]}
          },
          "prices": {"openai/gpt-4o-mini": {"input": 0.15, "cached_input": 0.075, "output": 0.6}}
        }
        """);

    private static ProviderRegistry Registry(Func<string, string?>? variable = null) =>
        new(Configuration.Providers, new EnvironmentSecrets(variable ?? (_ => null)), Configuration.Prices);

    [Fact]
    public void The_configuration_gives_each_providers_kind_url_key_reference_and_limits()
    {
        var providers = Configuration.Providers.ToDictionary(provider => provider.Name);

        var local = providers["local"];
        Assert.Equal((ProviderKind.OpenAICompatible, new Uri("http://127.0.0.1:11434/v1"), null, "qwen3:8b"), (local.Kind, local.BaseUrl, local.ApiKey, local.DefaultModel));
        Assert.Equal((0, TimeSpan.FromSeconds(30)), (providers["local"].MaxRetries, providers["local"].Timeout));
        Assert.Equal(new SecretReference("env", "OPENAI_API_KEY"), providers["openai"].ApiKey);
        Assert.Equal((ProviderKind.Anthropic, "file:/run/secrets/anthropic", 4096), (providers["claude"].Kind, providers["claude"].ApiKey!.ToString(), providers["claude"].MaxOutputTokens));
        Assert.Equal(2, providers["demo"].Script.Count);
        Assert.Equal(0.075m, Configuration.Prices.Find("openai", "gpt-4o-mini")!.CachedInputPerMillion);
    }

    [Theory]
    [InlineData("openai/gpt-4.1", "openai", "gpt-4.1")]
    [InlineData("openai", "openai", "gpt-4o-mini")]
    [InlineData("local/library/qwen3:8b", "local", "library/qwen3:8b")]
    [InlineData("LOCAL/qwen3:8b", "local", "qwen3:8b")]
    public void A_model_reference_resolves_to_its_provider_and_model(string reference, string provider, string model)
    {
        var resolved = Registry().Resolve(reference);

        Assert.Equal((provider, model), (resolved.Provider.Name, resolved.Model));
    }

    [Theory]
    [InlineData("gemini/pro", "names the provider 'gemini', but the providers are 'openai', 'local', 'claude', 'demo'")]
    [InlineData("claude", "names no model and provider 'claude' has no default model")]
    [InlineData("openai/", "is not of the form 'provider/model'")]
    [InlineData(" ", "The model is empty")]
    public void A_bad_reference_is_refused_naming_what_is_wrong(string reference, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => Registry().Resolve(reference));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_that_is_not_set_is_named_by_its_reference()
    {
        var error = Assert.Throws<InvalidDataException>(() => Registry().CreateChatClient("openai", new UsageLedger()));

        Assert.Equal("Provider 'openai' takes its API key from 'env:OPENAI_API_KEY', which is not set.", error.Message);
    }

    [Fact]
    public void A_key_is_read_from_a_file_reference()
    {
        var file = Path.Combine(Path.GetTempPath(), $"llm-key-{Guid.NewGuid():N}");
        File.WriteAllText(file, "sk-from-file\n");
        try
        {
            var secret = new EnvironmentSecrets(_ => null).Find(new SecretReference("file", file));

            Assert.Equal("sk-from-file", secret!.Reveal());
            Assert.Equal("***", secret.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_scripted_provider_plays_its_script_through_the_registry()
    {
        using var client = Registry().CreateChatClient("demo", new UsageLedger());

        var first = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "go")]);
        var second = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "go")]);

        Assert.Equal("hello", first.Text);
        Assert.Equal("complete_step", Assert.Single(second.Messages.SelectMany(message => message.Contents).OfType<FunctionCallContent>()).Name);
        Assert.Equal(2, client.GetService<ScriptedChatClient>()!.Played);
    }

    [Theory]
    [InlineData("""{"providers": {"x": {"kind": "gemini"}}}""", "Provider 'x' has kind 'gemini'; the kinds are 'anthropic', 'openai', 'openai-compatible', 'scripted'.")]
    [InlineData("""{"providers": {"x": {"kind": "openai", "base_url": "ftp://host"}}}""", "providers.x.base_url 'ftp://host' is not an absolute http(s) URL.")]
    [InlineData("""{"providers": {"x": {"kind": "openai", "max_retries": -1}}}""", "providers.x.max_retries must be a whole number of at least 0.")]
    [InlineData("""{"prices": {"m": {"input": 1}}}""", "prices.m.output is required (USD per million output tokens).")]
    [InlineData("""{"prices": {"m": {"input": -1, "output": 1}}}""", "prices.m.input must be a number of US dollars per million tokens, not negative.")]
    [InlineData("""[1]""", "The model configuration must be a JSON object.")]
    public void A_bad_configuration_is_refused_naming_the_field(string json, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => LlmConfiguration.Parse(json));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Two_providers_with_one_name_are_refused()
    {
        var provider = new ProviderSettings("a", ProviderKind.Scripted, null, null, "m");

        var error = Assert.Throws<InvalidDataException>(() => new ProviderRegistry([provider, provider with { }], EnvironmentSecrets.Process));

        Assert.Equal("Two model providers are named 'a'.", error.Message);
    }

    [Fact]
    public void An_openai_provider_without_a_key_reference_is_refused()
    {
        var registry = new ProviderRegistry([new ProviderSettings("openai", ProviderKind.OpenAI, null, null, "gpt-4o")], EnvironmentSecrets.Process);

        var error = Assert.Throws<InvalidDataException>(() => registry.CreateChatClient("openai", new UsageLedger()));

        Assert.Contains("needs an api_key reference such as 'env:VARIABLE'", error.Message, StringComparison.Ordinal);
    }
}
