using System.Text.Json;
using EventAgents.Platform.Llm.Tests.Support;
using Microsoft.Extensions.AI;

namespace EventAgents.Platform.Llm.Tests;

public sealed class OpenAIStreamingTests
{
    private const string Key = "sk-stream-key-42";

    [Fact]
    public async Task Text_streams_in_pieces_and_the_usage_of_the_last_chunk_arrives()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Say("Streaming works fine.", new FakeUsage(50, 9, Cached: 20)));
        using var client = TestProviders.OpenAIClient(server);

        var updates = await TestProviders.StreamAsync(client, [new ChatMessage(ChatRole.User, "Stream please.")]);

        Assert.True(updates.Count(update => update.Text.Length > 0) > 1);
        var response = updates.ToChatResponse();
        Assert.Equal("Streaming works fine.", response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal((50L, 9L, 20L), (response.Usage!.InputTokenCount, response.Usage.OutputTokenCount, response.Usage.CachedInputTokenCount));
        Assert.Equal("chatcmpl-1", response.ResponseId);

        var body = server.LastRequest.Body;
        Assert.True(body.GetProperty("stream").GetBoolean());
        Assert.True(body.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
        Assert.Equal("Stream please.", OpenAIChatClientTests.ContentText(Assert.Single(body.GetProperty("messages").EnumerateArray())));
    }

    [Fact]
    public async Task Tool_calls_whose_arguments_arrive_in_fragments_are_assembled_in_order()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(new FakeReply
        {
            Text = "Reading both.",
            ToolCalls =
            [
                new FakeToolCall("call_1", "read_file", """{"path":"docs/first file.md","limit":200}"""),
                new FakeToolCall("call_2", "read_file", """{"path":"src/second.cs","note":"quote \" and brace }"}"""),
            ],
            Usage = new FakeUsage(300, 40),
        });
        using var client = TestProviders.OpenAIClient(server);

        var updates = await TestProviders.StreamAsync(client, [new ChatMessage(ChatRole.User, "Read them.")], new ChatOptions { Tools = [DeclaredTool.ReadFile] });

        var response = updates.ToChatResponse();
        var calls = response.Messages.SelectMany(message => message.Contents).OfType<FunctionCallContent>().ToList();
        Assert.Equal(["call_1", "call_2"], calls.Select(call => call.CallId));
        Assert.All(calls, call => Assert.Null(call.Exception));
        Assert.Equal("docs/first file.md", ((JsonElement)calls[0].Arguments!["path"]!).GetString());
        Assert.Equal(200, ((JsonElement)calls[0].Arguments!["limit"]!).GetInt32());
        Assert.Equal("quote \" and brace }", ((JsonElement)calls[1].Arguments!["note"]!).GetString());
        Assert.Equal("Reading both.", response.Text);
        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
        Assert.Equal(340L, response.Usage!.TotalTokenCount);
    }

    [Fact]
    public async Task Cancelling_a_stream_that_is_still_coming_ends_it_with_a_cancellation()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Hanging());
        using var client = TestProviders.OpenAIClient(server);
        using var cancel = new CancellationTokenSource();

        var received = new List<ChatResponseUpdate>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "go")], null, cancel.Token))
            {
                received.Add(update);
                await cancel.CancelAsync();
            }
        });

        Assert.Equal("Thin", Assert.Single(received).Text);
    }

    [Fact]
    public async Task Cancelling_a_call_that_gets_no_answer_ends_it_with_a_cancellation()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Hanging());
        using var client = TestProviders.OpenAIClient(server);
        using var cancel = new CancellationTokenSource();

        var call = client.GetResponseAsync([new ChatMessage(ChatRole.User, "go")], null, cancel.Token);
        await Eventually(() => !server.Requests.IsEmpty);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 500 && !condition(); attempt++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
