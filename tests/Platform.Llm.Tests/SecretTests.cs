using EventAgents.Platform.Llm.Errors;
using EventAgents.Platform.Llm.Providers;
using EventAgents.Platform.Llm.Secrets;
using EventAgents.Platform.Llm.Usage;

namespace EventAgents.Platform.Llm.Tests;

public sealed class SecretTests
{
    private const string Key = "sk-proj-VERYSECRET-0000111122223333";

    [Fact]
    public void A_key_pasted_where_its_reference_belongs_is_refused_without_being_echoed()
    {
        var json = """{"providers": {"openai": {"kind": "openai", "api_key": "KEY"}}}""".Replace("KEY", Key, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => LlmConfiguration.Parse(json));

        Assert.Equal("providers.openai.api_key must be a secret reference such as 'env:VARIABLE' or 'file:/run/secrets/key', not a literal value.", error.Message);
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_and_secrets_print_no_key()
    {
        var secret = new Secret(Key);
        var settings = new ProviderSettings("openai", ProviderKind.OpenAI, null, new SecretReference("env", "OPENAI_API_KEY"), "gpt-4o");

        Assert.Equal("***", secret.ToString());
        Assert.Equal("***", $"{secret}");
        Assert.DoesNotContain(Key, settings.ToString(), StringComparison.Ordinal);
        Assert.Equal("the key *** leaked", secret.Redact($"the key {Key} leaked"));
    }

    [Fact]
    public void A_client_made_with_a_key_prints_no_key()
    {
        var registry = new ProviderRegistry(
            [new ProviderSettings("openai", ProviderKind.OpenAI, new Uri("http://127.0.0.1:9/v1"), new SecretReference("env", "K"), "gpt-4o")],
            new EnvironmentSecrets(name => name == "K" ? Key : null));

        using var client = registry.CreateChatClient("openai", new UsageLedger());

        Assert.DoesNotContain(Key, client.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, registry.Resolve("openai").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_error_drops_an_inner_exception_that_holds_the_key()
    {
        var leaking = new HttpRequestException($"proxy said: bad key {Key}", null, System.Net.HttpStatusCode.Forbidden);

        var error = ProviderErrors.Translate(leaking, "openai", "gpt-4o", new Secret(Key), CancellationToken.None)!;

        Assert.Equal(403, error.Status);
        Assert.Null(error.InnerException);
        Assert.Equal("Model provider 'openai' (model 'gpt-4o') answered 403 Forbidden: proxy said: bad key ***", error.Message);
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
    }
}
