using EventAgents.Platform.Llm.Errors;
using EventAgents.Platform.Llm.Tests.Support;
using Microsoft.Extensions.AI;

namespace EventAgents.Platform.Llm.Tests;

public sealed class OpenAIErrorTests
{
    private const string Key = "sk-live-SECRET-9f8e7d6c5b4a";

    [Fact]
    public async Task A_wrong_key_is_a_401_naming_provider_and_model_and_the_echoed_key_is_gone()
    {
        await using var server = await FakeOpenAIServer.StartAsync("sk-the-right-one");
        using var client = TestProviders.OpenAIClient(server, key: Key);

        var error = await Assert.ThrowsAsync<ModelProviderException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.Equal((401, "local", "qwen3:8b"), (error.Status, error.Provider, error.Model));
        Assert.Contains("Model provider 'local' (model 'qwen3:8b') answered 401 Unauthorized", error.Message, StringComparison.Ordinal);
        Assert.Contains("Incorrect API key provided", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.ProviderMessage!, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task A_rate_limit_gives_its_retry_after()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Error(429, "rate_limit_exceeded", "Rate limit reached for requests.", retryAfter: "7"));
        using var client = TestProviders.OpenAIClient(server);

        var error = await Assert.ThrowsAsync<ModelProviderException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.Equal(429, error.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.True(error.IsTransient);
        Assert.Contains("Rate limit reached for requests.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_in_a_stream_request_is_typed_too()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Error(500, "server_error", "The server had an error while processing your request."));
        using var client = TestProviders.OpenAIClient(server);

        var error = await Assert.ThrowsAsync<ModelProviderException>(() => TestProviders.StreamAsync(client, [new ChatMessage(ChatRole.User, "hi")]));

        Assert.Equal(500, error.Status);
        Assert.Contains("answered 500 InternalServerError: The server had an error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_library_retries_a_rate_limit_when_retries_are_configured()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Error(429, "rate_limit_exceeded", "Slow down.", retryAfter: "0"), FakeReply.Say("Second time lucky."));
        using var client = TestProviders.OpenAIClient(server, maxRetries: 2);

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal("Second time lucky.", response.Text);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_provider_that_does_not_answer_within_its_timeout_is_a_typed_error()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Hanging());
        var provider = TestProviders.OpenAICompatible(server) with { Timeout = TimeSpan.FromSeconds(1) };
        using var client = TestProviders.Registry(provider, Key).CreateChatClient("local", new());

        var error = await Assert.ThrowsAsync<ModelProviderException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.Null(error.Status);
        Assert.True(error.IsTransient);
        Assert.Equal("Model provider 'local' (model 'qwen3:8b') gave no answer: The request timed out.", error.Message);
    }

    [Fact]
    public async Task A_stream_whose_connection_drops_midway_is_a_typed_error()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Dropping());
        using var client = TestProviders.OpenAIClient(server);

        var error = await Assert.ThrowsAsync<ModelProviderException>(() => TestProviders.StreamAsync(client, [new ChatMessage(ChatRole.User, "hi")]));

        Assert.Null(error.Status);
        Assert.StartsWith("Model provider 'local' (model 'qwen3:8b') gave no answer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_a_typed_error_without_status()
    {
        int port;
        await using (var gone = await FakeOpenAIServer.StartAsync(Key))
        {
            port = gone.BaseUrl.Port;
        }

        var provider = new EventAgents.Platform.Llm.Providers.ProviderSettings("local", EventAgents.Platform.Llm.Providers.ProviderKind.OpenAICompatible,
            new Uri($"http://127.0.0.1:{port}/v1"), null, "m") { MaxRetries = 0 };
        using var client = TestProviders.Registry(provider, null).CreateChatClient("local", new());

        var error = await Assert.ThrowsAsync<ModelProviderException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.Null(error.Status);
        Assert.True(error.IsTransient);
        Assert.Equal($"Model provider 'local' (model 'm') gave no answer: Connection refused (127.0.0.1:{port})", error.Message);
    }
}
