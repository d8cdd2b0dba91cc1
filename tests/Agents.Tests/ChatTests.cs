using EventAgents.Application.Chats.Replying;
using System.Text.Json;
using EventAgents.Agents.Tests.Support;
using EventAgents.Domain.Chats;
using EventAgents.Engine.Chats;
using EventAgents.Platform.Llm.Tests.Support;
using EventAgents.Platform.Messaging;
using EventAgents.Platform.Postgres;
using Npgsql;

namespace EventAgents.Agents.Tests;

/// <summary>Chat with an agent over real PostgreSQL: the scripted echo offline, and an OpenAI-compatible server through the real client.</summary>
public sealed class ChatTests
{
    [Fact]
    public async Task A_posted_message_is_answered_by_the_scripted_model_streamed_and_recorded_with_usage()
    {
        await using var server = await AgentServer.StartAsync(llmJson: null);
        await server.CreateAgentAsync("echo", "scripted", "You repeat what you hear.");
        var sessionId = await server.StartChatAsync("echo");
        using var listening = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var chunks = CollectAsync(server.Replies.SubscribeAsync(sessionId, listening.Token));

        await server.PostAsync(sessionId, "m1", Echoed);

        var received = await chunks;
        var session = await server.WaitForReplyAsync(sessionId, "m1");
        var reply = session.Message(ChatReplyIds.ReplyTo("m1"))!;
        Assert.Equal("You said: " + Echoed, reply.Text);
        Assert.Equal(ChatAuthor.Agent, reply.Author);
        Assert.Equal(Enumerable.Range(0, received.Count), received.Select(c => c.Sequence));
        Assert.True(received.Count > 2, "the reply streams in pieces");
        Assert.Equal(reply.Text, string.Concat(received.Where(c => !c.IsFinal).Select(c => c.Text)));
        Assert.Equal(reply.Text, received[^1].Text);
        Assert.All(received, c => Assert.Equal("m1", c.InReplyTo));
        var recorded = (await server.Store.ReadStreamAsync("chat-" + sessionId)).Select(e => e.Data).OfType<AgentMessageRecorded>().Single();
        Assert.Equal(new ChatReplyUsage("scripted", 5 + Words(Echoed), 0, 2 + Words(Echoed), null), recorded.Usage);
    }

    [Fact]
    public async Task A_reply_written_on_one_node_streams_to_a_subscriber_of_another_node()
    {
        await using var server = await AgentServer.StartAsync(llmJson: null);
        await server.CreateAgentAsync("echo", "scripted", "You repeat what you hear.");
        var sessionId = await server.StartChatAsync("echo");
        // Node B: a data source and chat replies of its own on the same database, and no chat node, so no responder.
        await using var nodeB = NpgsqlDataSource.Create(server.ConnectionString);
        await using var broadcastB = new PostgresBroadcast<ChatReplyChunk>(nodeB, ChatReplies.NotificationChannel("eventagents"));
        await broadcastB.StartAsync(CancellationToken.None);
        var repliesB = new ChatReplies(broadcastB);
        using var listening = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var onB = CollectAsync(repliesB.SubscribeAsync(sessionId, listening.Token));
        var onA = CollectAsync(server.Replies.SubscribeAsync(sessionId, listening.Token));

        await server.PostAsync(sessionId, "m1", Echoed);

        var received = await onB;
        var reply = (await server.WaitForReplyAsync(sessionId, "m1")).Message(ChatReplyIds.ReplyTo("m1"))!;
        Assert.Equal("You said: " + Echoed, reply.Text);
        Assert.True(received.Count > 2, "the reply streams to node B in pieces");
        Assert.Equal(Enumerable.Range(0, received.Count), received.Select(c => c.Sequence));
        Assert.Equal(reply.Text, string.Concat(received.Where(c => !c.IsFinal).Select(c => c.Text)));
        Assert.Equal(reply.Text, received[^1].Text);
        Assert.All(received, c => Assert.Equal((sessionId, "m1", "m1.reply"), (c.SessionId, c.InReplyTo, c.MessageId)));
        Assert.Equal(await onA, received);
    }

    [Fact]
    public async Task The_agents_model_gets_its_persona_and_the_history_and_a_redelivered_message_is_not_answered_twice()
    {
        await using var model = await FakeOpenAIServer.StartAsync("sk-chat-test-key-0123456789");
        Environment.SetEnvironmentVariable("AGENTS_TESTS_CHAT_KEY", "sk-chat-test-key-0123456789");
        await using var server = await AgentServer.StartAsync(Providers.Fake(model.ApiUrl, "AGENTS_TESTS_CHAT_KEY"));
        await server.CreateAgentAsync("ada", "fake/gpt-test", "You are Ada, a careful reviewer.");
        var sessionId = await server.StartChatAsync("ada");
        model.Enqueue(FakeReply.Say(Greeting, new FakeUsage(40, 6)), FakeReply.Say("Looks fine to me.", new FakeUsage(60, 5, Cached: 20)));
        using var listening = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var first = CollectAsync(server.Replies.SubscribeAsync(sessionId, listening.Token));

        await server.PostAsync(sessionId, "m1", "Hi, who are you?");
        var pieces = await first;
        await server.WaitForReplyAsync(sessionId, "m1");
        var second = CollectAsync(server.Replies.SubscribeAsync(sessionId, listening.Token));
        await server.PostAsync(sessionId, "m2", "Is the change fine?");
        await second;
        var session = await server.WaitForReplyAsync(sessionId, "m2");

        Assert.True(pieces.Count(c => !c.IsFinal) > 2, $"the reply streams in pieces, not {pieces.Count}");
        Assert.Equal(Greeting, string.Concat(pieces.Where(c => !c.IsFinal).Select(c => c.Text)));
        Assert.Equal("Looks fine to me.", session.Message("m2.reply")!.Text);
        var request = model.LastRequest.Body;
        Assert.Equal("gpt-test", request.GetProperty("model").GetString());
        Assert.True(request.GetProperty("stream").GetBoolean());
        Assert.Equal(
            [("system", "You are Ada, a careful reviewer."), ("user", "Hi, who are you?"), ("assistant", Greeting), ("user", "Is the change fine?")],
            request.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, Content(m))));
        Assert.Equal("Bearer sk-chat-test-key-0123456789", model.LastRequest.Header("authorization"));
        var usage = (await server.Store.ReadStreamAsync("chat-" + sessionId)).Select(e => e.Data).OfType<AgentMessageRecorded>().Last().Usage;
        Assert.Equal(new ChatReplyUsage("fake/gpt-test", 60, 20, 5, (40m * 2 + 20m * 2 + 5m * 8) / 1_000_000m), usage);

        // The queue delivers at least once: the same message handled again asks no model and records nothing.
        var again = await server.Responder.HandleAsync(new ChatReplyDue(sessionId, "m1"), Context(), CancellationToken.None);
        Assert.Empty(again.Messages);
        Assert.Equal(2, model.Requests.Count);
        Assert.Equal(2, (await server.Store.ReadStreamAsync("chat-" + sessionId)).Count(e => e.Data is AgentMessageRecorded));
    }

    [Fact]
    public async Task A_provider_that_refuses_gets_its_reason_recorded_as_the_reply_without_the_key()
    {
        await using var model = await FakeOpenAIServer.StartAsync("sk-the-right-key-000000000000");
        Environment.SetEnvironmentVariable("AGENTS_TESTS_WRONG_KEY", "sk-a-wrong-key-1111111111111");
        await using var server = await AgentServer.StartAsync(Providers.Fake(model.ApiUrl, "AGENTS_TESTS_WRONG_KEY"));
        await server.CreateAgentAsync("bob", "fake/gpt-test", "You are Bob.");
        var sessionId = await server.StartChatAsync("bob");
        using var listening = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var chunks = CollectAsync(server.Replies.SubscribeAsync(sessionId, listening.Token));

        await server.PostAsync(sessionId, "m1", "Hello?");

        var final = (await chunks)[^1];
        var reply = (await server.WaitForReplyAsync(sessionId, "m1")).Message("m1.reply")!;
        Assert.StartsWith("The agent could not answer: Model provider 'fake' (model 'gpt-test') answered 401", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-a-wrong-key-1111111111111", reply.Text, StringComparison.Ordinal);
        Assert.NotNull(final.Error);
        Assert.DoesNotContain("sk-a-wrong-key-1111111111111", final.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_whose_provider_is_not_configured_answers_with_what_is_missing()
    {
        await using var server = await AgentServer.StartAsync(llmJson: null);
        await server.CreateAgentAsync("gpt", "openai/gpt-4o", "You are helpful.");
        var sessionId = await server.StartChatAsync("gpt");

        await server.PostAsync(sessionId, "m1", "Hello?");

        var reply = (await server.WaitForReplyAsync(sessionId, "m1")).Message("m1.reply")!;
        Assert.Equal("The agent could not answer: The model 'openai/gpt-4o' names the provider 'openai', but the providers are 'scripted'.", reply.Text);
    }

    private const string Echoed =
        "hello there agent, this message is long enough to stream in several pieces even when the longest known secret is held back at the end";

    private const string Greeting =
        "Hello, I am Ada. I review changes with care: I read the diff, run the tests, look for edge cases and missing error handling, " +
        "and I tell you plainly what I would change before it ships, and why.";

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Content(JsonElement message) =>
        message.GetProperty("content") is { ValueKind: JsonValueKind.String } text ? text.GetString()!
        : string.Concat(message.GetProperty("content").EnumerateArray().Select(part => part.GetProperty("text").GetString()));

    private static MessageContext Context() => new() { MessageId = Guid.NewGuid(), MessageType = "chat.reply-due.v1", Now = DateTimeOffset.UtcNow, Attempt = 2 };

    /// <summary>The pieces of one reply, up to and with its final piece.</summary>
    private static async Task<List<ChatReplyChunk>> CollectAsync(IAsyncEnumerable<ChatReplyChunk> chunks)
    {
        var received = new List<ChatReplyChunk>();
        await foreach (var chunk in chunks)
        {
            received.Add(chunk);
            if (chunk.IsFinal)
            {
                break;
            }
        }

        return received;
    }
}
