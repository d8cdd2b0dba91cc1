using EventAgents.Application.Agents.Commanding;
using EventAgents.Application.Chats;
using EventAgents.Application.Chats.Commanding;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Tests.Support;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Chats;
using static EventAgents.Application.Tests.Support.Given;

namespace EventAgents.Application.Tests.Chats;

public sealed class ChatCommandsTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly ChatCommands _chats = new(fixture.Store);

    private Task<CommandResult<ChatSession, IChatEvent>> HandleAsync(IChatCommand command, CommandContext? context = null) =>
        _chats.HandleAsync(command, context ?? Ada, CancellationToken.None);

    private async Task<(string SessionId, string AgentId)> SessionAsync()
    {
        var agentId = await AgentAsync(fixture.Store);
        var sessionId = NewId("c");
        Assert.Null((await HandleAsync(new StartChatSession(sessionId, agentId, "ada", null, Now))).Error);
        return (sessionId, agentId);
    }

    [Fact]
    public async Task A_conversation_is_stored_in_order()
    {
        var (sessionId, agentId) = await SessionAsync();

        await HandleAsync(new PostUserMessage(sessionId, "m1", "ada", "Hello?", Now));
        await HandleAsync(new RecordAgentMessage(sessionId, "m2", agentId, "Hi Ada.", Now));
        var ended = await HandleAsync(new EndChatSession(sessionId, "ada", Now));

        Assert.Equal(["Hello?", "Hi Ada."], ended.State.Messages.Select(message => message.Text));
        Assert.True(ended.State.IsEnded);
        Assert.Equal(4, (await fixture.EventsAsync(ChatStreams.Id(sessionId))).Count);
    }

    [Fact]
    public async Task A_session_needs_an_existing_agent_that_is_not_retired()
    {
        var retiredAgent = await AgentAsync(fixture.Store);
        await new AgentCommands(fixture.Store).HandleAsync(new RetireAgent(retiredAgent, Now), Ada, CancellationToken.None);

        var unknown = await HandleAsync(new StartChatSession(NewId("c"), NewId("a"), "ada", null, Now));
        var retired = await HandleAsync(new StartChatSession(NewId("c"), retiredAgent, "ada", null, Now));

        Assert.Equal("agent.not-found", Assert.IsType<NotFoundError>(unknown.Error).Code);
        Assert.Equal("chat.agent-retired", Assert.IsType<RefusedError>(retired.Error).Code);
    }

    [Fact]
    public async Task Only_the_sessions_agent_may_reply_and_an_ended_session_takes_no_messages()
    {
        var (sessionId, _) = await SessionAsync();

        var stranger = await HandleAsync(new RecordAgentMessage(sessionId, "m1", NewId("a"), "Hi.", Now));
        await HandleAsync(new EndChatSession(sessionId, "ada", Now));
        var late = await HandleAsync(new PostUserMessage(sessionId, "m2", "ada", "Still there?", Now));

        Assert.Equal("chat.not-a-participant", Assert.IsType<RefusedError>(stranger.Error).Code);
        Assert.Equal("chat.ended", Assert.IsType<RefusedError>(late.Error).Code);
    }

    [Fact]
    public async Task Resending_a_message_stores_it_once()
    {
        var (sessionId, _) = await SessionAsync();

        await HandleAsync(new PostUserMessage(sessionId, "m1", "ada", "Hello?", Now));
        var again = await HandleAsync(new PostUserMessage(sessionId, "m1", "ada", "Hello?", Now));

        Assert.Empty(again.Events);
        Assert.Single(again.State.Messages);
    }

    [Fact]
    public async Task A_stale_client_version_is_a_conflict()
    {
        var (sessionId, _) = await SessionAsync();
        await HandleAsync(new PostUserMessage(sessionId, "m1", "ada", "Hello?", Now));

        var result = await HandleAsync(new EndChatSession(sessionId, "ada", Now), Ada with { ExpectedVersion = 1 });

        Assert.IsType<ConflictError>(result.Error);
    }
}
