using System.Text.Json;
using EventAgents.Platform.Llm.Errors;
using EventAgents.Platform.Llm.Providers;
using EventAgents.Platform.Llm.Secrets;
using EventAgents.Platform.Llm.Tests.Support;
using EventAgents.Platform.Llm.Usage;
using Microsoft.Extensions.AI;

namespace EventAgents.Platform.Llm.Tests;

public sealed class AnthropicChatClientTests
{
    private const string Key = "sk-ant-api03-SECRET-abcdef123456";

    [Fact]
    public async Task A_text_and_tool_use_answer_comes_back_and_the_request_follows_the_contract()
    {
        await using var server = await FakeAnthropicServer.StartAsync(Key);
        server.Enqueue(new FakeReply
        {
            Text = "Let me look.",
            ToolCalls = [new FakeToolCall("toolu_01", "read_file", """{"path":"README.md"}""")],
            Usage = new FakeUsage(1000, 60, Cached: 400),
        });
        using var client = Client(server);

        var response = await client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "You are careful."), new ChatMessage(ChatRole.User, "What is in the readme?")],
            new ChatOptions { Tools = [DeclaredTool.ReadFile], MaxOutputTokens = 1024 });

        Assert.Equal("Let me look.", response.Text);
        var call = Assert.Single(response.Messages.SelectMany(message => message.Contents).OfType<FunctionCallContent>());
        Assert.Equal(("toolu_01", "read_file"), (call.CallId, call.Name));
        Assert.Equal("README.md", call.Arguments!["path"]!.ToString());
        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
        Assert.Equal(60L, response.Usage!.OutputTokenCount);
        Assert.Equal(400L, response.Usage.CachedInputTokenCount);

        var request = server.LastRequest;
        Assert.Equal("/v1/messages", request.Path);
        // SDK 13.x sends the API key as a Bearer token (it has no x-api-key header at all).
        Assert.Equal($"Bearer {Key}", request.Header("authorization"));
        Assert.False(string.IsNullOrEmpty(request.Header("anthropic-version")));
        var body = request.Body;
        Assert.Equal("claude-test-1", body.GetProperty("model").GetString());
        Assert.Equal(1024, body.GetProperty("max_tokens").GetInt32());
        Assert.Contains("You are careful.", body.GetProperty("system").ToString(), StringComparison.Ordinal);
        var message = Assert.Single(body.GetProperty("messages").EnumerateArray());
        Assert.Equal("user", message.GetProperty("role").GetString());
        Assert.Contains("What is in the readme?", message.GetProperty("content").ToString(), StringComparison.Ordinal);
        var tool = Assert.Single(body.GetProperty("tools").EnumerateArray());
        Assert.Equal("read_file", tool.GetProperty("name").GetString());
        Assert.Equal("object", tool.GetProperty("input_schema").GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_tool_result_goes_back_as_a_tool_result_block_for_its_tool_use()
    {
        await using var server = await FakeAnthropicServer.StartAsync(Key);
        server.Enqueue(FakeReply.Call(new FakeToolCall("toolu_07", "read_file", """{"path":"a.txt"}""")), FakeReply.Say("It says hi."));
        using var client = Client(server);
        var conversation = new List<ChatMessage> { new(ChatRole.User, "Read a.txt.") };

        var first = await client.GetResponseAsync(conversation, new ChatOptions { Tools = [DeclaredTool.ReadFile] });
        conversation.AddRange(first.Messages);
        conversation.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent("toolu_07", "hi")]));
        var second = await client.GetResponseAsync(conversation, new ChatOptions { Tools = [DeclaredTool.ReadFile] });

        Assert.Equal("It says hi.", second.Text);
        Assert.Equal(ChatFinishReason.Stop, second.FinishReason);
        var messages = server.LastRequest.Body.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["user", "assistant", "user"], messages.Select(message => message.GetProperty("role").GetString()));
        var toolUse = messages[1].GetProperty("content").EnumerateArray().Single(block => block.GetProperty("type").GetString() == "tool_use");
        Assert.Equal(("toolu_07", "read_file"), (toolUse.GetProperty("id").GetString(), toolUse.GetProperty("name").GetString()));
        var result = messages[2].GetProperty("content").EnumerateArray().Single(block => block.GetProperty("type").GetString() == "tool_result");
        Assert.Equal("toolu_07", result.GetProperty("tool_use_id").GetString());
        Assert.Contains("hi", result.GetProperty("content").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_streamed_answer_assembles_text_and_tool_input_and_reports_usage()
    {
        await using var server = await FakeAnthropicServer.StartAsync(Key);
        server.Enqueue(new FakeReply
        {
            Text = "Checking the file now.",
            ToolCalls = [new FakeToolCall("toolu_02", "read_file", """{"path":"src/deep/file name.cs","lines":[1,2,3]}""")],
            Usage = new FakeUsage(800, 35, Cached: 300),
        });
        var ledger = new UsageLedger();
        using var client = Client(server, ledger, new PriceTable(new Dictionary<string, ModelPrice> { ["claude-test-1"] = new(3m, 15m, 0.3m) }));

        var updates = await TestProviders.StreamAsync(client, [new ChatMessage(ChatRole.User, "Check it.")], new ChatOptions { Tools = [DeclaredTool.ReadFile] });

        Assert.True(server.LastRequest.Body.GetProperty("stream").GetBoolean());
        Assert.True(updates.Count(update => update.Text.Length > 0) > 1);
        var response = updates.ToChatResponse();
        Assert.Equal("Checking the file now.", response.Text);
        var call = Assert.Single(response.Messages.SelectMany(message => message.Contents).OfType<FunctionCallContent>());
        Assert.Equal("src/deep/file name.cs", call.Arguments!["path"]!.ToString());
        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
        Assert.Equal(35L, response.Usage!.OutputTokenCount);
        var recorded = ledger.Totals;
        Assert.Equal((1L, 35L, 300L), (recorded.Calls, recorded.OutputTokens, recorded.CachedInputTokens));
        Assert.Equal(800L, recorded.InputTokens);
        Assert.Equal((500 * 3m + 300 * 0.3m + 35 * 15m) / 1_000_000m, recorded.CostUsd);
    }

    [Fact]
    public async Task A_rate_limit_is_a_typed_error_naming_provider_model_and_status()
    {
        await using var server = await FakeAnthropicServer.StartAsync(Key);
        server.Enqueue(FakeReply.Error(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit."));
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<ModelProviderException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.Equal((429, "claude", "claude-test-1"), (error.Status, error.Provider, error.Model));
        Assert.Contains("per-minute rate limit", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_refused_key_is_a_401_without_the_key_anywhere()
    {
        await using var server = await FakeAnthropicServer.StartAsync("sk-ant-the-right-one");
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<ModelProviderException>(() => TestProviders.StreamAsync(client, [new ChatMessage(ChatRole.User, "hi")]));

        Assert.Equal(401, error.Status);
        Assert.Contains("invalid x-api-key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_event_in_the_middle_of_a_stream_is_a_typed_error()
    {
        await using var server = await FakeAnthropicServer.StartAsync(Key);
        server.Enqueue(new FakeReply { StreamErrorType = "overloaded_error", ErrorMessage = "Overloaded" });
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<ModelProviderException>(() => TestProviders.StreamAsync(client, [new ChatMessage(ChatRole.User, "hi")]));

        Assert.Null(error.Status);
        Assert.Contains("Overloaded", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_stream_whose_connection_drops_midway_is_a_typed_error()
    {
        await using var server = await FakeAnthropicServer.StartAsync(Key);
        server.Enqueue(FakeReply.Dropping());
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<ModelProviderException>(() => TestProviders.StreamAsync(client, [new ChatMessage(ChatRole.User, "hi")]));

        Assert.Null(error.Status);
        Assert.StartsWith("Model provider 'claude' (model 'claude-test-1') gave no answer", error.Message, StringComparison.Ordinal);
    }

    private static IChatClient Client(FakeAnthropicServer server, UsageLedger? ledger = null, PriceTable? prices = null)
    {
        var provider = new ProviderSettings("claude", ProviderKind.Anthropic, server.BaseUrl, new SecretReference("env", TestProviders.KeyVariable), "claude-test-1")
        {
            MaxRetries = 0,
        };
        return TestProviders.Registry(provider, Key, prices).CreateChatClient("claude", ledger ?? new UsageLedger());
    }
}
