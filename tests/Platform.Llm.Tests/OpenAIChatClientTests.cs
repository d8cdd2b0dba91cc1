using System.Text.Json;
using EventAgents.Platform.Llm.Tests.Support;
using Microsoft.Extensions.AI;

namespace EventAgents.Platform.Llm.Tests;

public sealed class OpenAIChatClientTests
{
    private const string Key = "sk-test-0123456789abcdef";

    [Fact]
    public async Task A_text_answer_comes_back_with_its_usage_and_the_request_follows_the_contract()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Say("Hello there.", new FakeUsage(120, 7, Cached: 100)));
        using var client = TestProviders.OpenAIClient(server);

        var response = await client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "Be brief."), new ChatMessage(ChatRole.User, "Say hello.")],
            new ChatOptions { Temperature = 0.2f, MaxOutputTokens = 256, Tools = [DeclaredTool.ReadFile], ToolMode = ChatToolMode.Auto });

        Assert.Equal("Hello there.", response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal(("chatcmpl-1", "qwen3:8b"), (response.ResponseId, response.ModelId));
        Assert.Equal((120L, 7L, 127L, 100L), (response.Usage!.InputTokenCount, response.Usage.OutputTokenCount, response.Usage.TotalTokenCount, response.Usage.CachedInputTokenCount));

        var request = server.LastRequest;
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal($"Bearer {Key}", request.Header("authorization"));
        var body = request.Body;
        Assert.Equal("qwen3:8b", body.GetProperty("model").GetString());
        Assert.False(body.TryGetProperty("stream", out var stream) && stream.GetBoolean());
        Assert.Equal(0.2, body.GetProperty("temperature").GetDouble(), 3);
        Assert.Equal(256, body.GetProperty("max_completion_tokens").GetInt32());
        var messages = body.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["system", "user"], messages.Select(message => message.GetProperty("role").GetString()));
        Assert.Equal("Be brief.", ContentText(messages[0]));
        Assert.Equal("Say hello.", ContentText(messages[1]));
        var tool = Assert.Single(body.GetProperty("tools").EnumerateArray());
        Assert.Equal("function", tool.GetProperty("type").GetString());
        Assert.Equal("read_file", tool.GetProperty("function").GetProperty("name").GetString());
        Assert.Equal("Reads a file of the workspace.", tool.GetProperty("function").GetProperty("description").GetString());
        Assert.Equal(["path"], tool.GetProperty("function").GetProperty("parameters").GetProperty("required").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal("auto", body.GetProperty("tool_choice").GetString());
    }

    [Fact]
    public async Task A_tool_call_is_parsed_and_the_next_request_carries_the_call_and_its_result()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(
            FakeReply.Call(new FakeToolCall("call_abc", "read_file", """{"path":"src/a.txt","lines":3}""")),
            FakeReply.Say("The file says hi."));
        using var client = TestProviders.OpenAIClient(server);
        var conversation = new List<ChatMessage> { new(ChatRole.User, "Read src/a.txt.") };
        var options = new ChatOptions { Tools = [DeclaredTool.ReadFile] };

        var first = await client.GetResponseAsync(conversation, options);
        var call = Assert.Single(first.Messages.SelectMany(message => message.Contents).OfType<FunctionCallContent>());
        Assert.Equal(ChatFinishReason.ToolCalls, first.FinishReason);
        Assert.Equal(("call_abc", "read_file"), (call.CallId, call.Name));
        Assert.Equal("src/a.txt", ((JsonElement)call.Arguments!["path"]!).GetString());
        Assert.Equal(3, ((JsonElement)call.Arguments["lines"]!).GetInt32());

        conversation.AddRange(first.Messages);
        conversation.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent("call_abc", "hi")]));
        var second = await client.GetResponseAsync(conversation, options);

        Assert.Equal("The file says hi.", second.Text);
        var messages = server.LastRequest.Body.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["user", "assistant", "tool"], messages.Select(message => message.GetProperty("role").GetString()));
        var sentCall = Assert.Single(messages[1].GetProperty("tool_calls").EnumerateArray());
        Assert.Equal("call_abc", sentCall.GetProperty("id").GetString());
        Assert.Equal("read_file", sentCall.GetProperty("function").GetProperty("name").GetString());
        using var arguments = JsonDocument.Parse(sentCall.GetProperty("function").GetProperty("arguments").GetString()!);
        Assert.Equal("src/a.txt", arguments.RootElement.GetProperty("path").GetString());
        Assert.Equal("call_abc", messages[2].GetProperty("tool_call_id").GetString());
        Assert.Equal("hi", ContentText(messages[2]));
    }

    [Fact]
    public async Task A_call_can_name_another_model_and_a_keyless_server_gets_no_authorization_header()
    {
        await using var server = await FakeOpenAIServer.StartAsync(apiKey: null);
        server.Enqueue(FakeReply.Say("ok"));
        var registry = TestProviders.Registry(TestProviders.OpenAICompatible(server, withKey: false), key: null);
        using var client = registry.CreateChatClient("local/llama3.2:3b", new());

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { ModelId = "mistral:7b" });

        Assert.Equal("ok", response.Text);
        Assert.Equal("mistral:7b", server.LastRequest.Body.GetProperty("model").GetString());
        Assert.Null(server.LastRequest.Header("authorization"));
        Assert.False(server.LastRequest.Body.TryGetProperty("tools", out _));
    }

    [Fact]
    public async Task Arguments_that_are_not_json_are_kept_as_the_calls_error()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Call(new FakeToolCall("call_1", "read_file", """{"path": "a""")));
        using var client = TestProviders.OpenAIClient(server);

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "go")]);

        var call = Assert.Single(response.Messages.SelectMany(message => message.Contents).OfType<FunctionCallContent>());
        Assert.NotNull(call.Exception);
    }

    /// <summary>A message's content, whether sent as a string or as text parts.</summary>
    internal static string ContentText(JsonElement message)
    {
        var content = message.GetProperty("content");
        return content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Select(part => part.GetProperty("text").GetString()));
    }
}
