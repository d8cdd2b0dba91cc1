using System.Text.Json;
using EventAgents.GraphQL.Tests.Support;

namespace EventAgents.GraphQL.Tests;

/// <summary>The project, pipeline, agent, board, task and chat mutations through the API, read back from the read models.</summary>
public sealed class CatalogBoardChatTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Define = """
        mutation ($input: DefinePipelineInput!) {
          definePipeline(input: $input) { pipelineId version pipeline { name latestVersion projectId } errors { __typename code message ... on ValidationError { path line column } } }
        }
        """;

    private const string Move = """
        mutation ($input: MoveTaskInput!) {
          moveTask(input: $input) { taskId version task { status version } errors { __typename code ... on ConflictError { expectedVersion actualVersion } } }
        }
        """;

    [Fact]
    public async Task A_pipeline_with_mistakes_is_refused_with_each_error_at_its_line_and_a_valid_one_is_stored()
    {
        await server.EnsurePipelineAsync("shop", TestRuns.GatedPipeline);
        var broken = (await server.DataAsync(Define, new { input = new { projectId = "shop", yaml = "name: broken\nsteps:\n  - id: a\n    type: teleport\n" } }))
            .GetProperty("definePipeline");
        var error = broken.GetProperty("errors")[0];
        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("column").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, broken.GetProperty("pipeline").ValueKind);
        var checkedOnly = (await server.DataAsync("query ($yaml: String!) { validatePipeline(yaml: $yaml) { code line column } }",
            new { yaml = "name: broken\nsteps:\n  - id: a\n    type: teleport\n" }, server.ViewerKey)).GetProperty("validatePipeline");
        Assert.Equal(4, checkedOnly[0].GetProperty("line").GetInt32());
        Assert.Equal(0, (await server.DataAsync("query ($yaml: String!) { validatePipeline(yaml: $yaml) { code } }", new { yaml = TestRuns.GatedPipeline }, server.ViewerKey))
            .GetProperty("validatePipeline").GetArrayLength());

        var next = (await server.DataAsync(Define, new { input = new { projectId = "shop", pipelineId = "shop--gated", yaml = TestRuns.GatedPipeline + "  # v2\n" } }))
            .GetProperty("definePipeline");
        Assert.Equal(0, next.GetProperty("errors").GetArrayLength());
        Assert.Equal(2, next.GetProperty("version").GetInt64());
        Assert.Equal((2, "shop"), (next.GetProperty("pipeline").GetProperty("latestVersion").GetInt32(), next.GetProperty("pipeline").GetProperty("projectId").GetString()));
    }

    [Fact]
    public async Task Tasks_move_with_the_version_seen_and_a_full_column_refuses_more()
    {
        await server.EnsurePipelineAsync("kanban", TestRuns.GatedPipeline);
        var board = (await server.DataAsync("""
            mutation { createBoard(input: {boardId: "b1", projectId: "kanban", name: "Work", wipLimits: [{status: READY, limit: 1}]}) { boardId board { name } errors { code message } } }
            """)).GetProperty("createBoard");
        Assert.Equal("Work", board.GetProperty("board").GetProperty("name").GetString());
        foreach (var id in new[] { "t1", "t2" })
        {
            var created = (await server.DataAsync("mutation ($id: ID!, $title: String!) { createTask(input: {boardId: \"b1\", taskId: $id, title: $title}) { task { status version } errors { code } } }",
                new { id, title = id }, server.OperatorKey)).GetProperty("createTask");
            Assert.Equal(("BACKLOG", 1), (created.GetProperty("task").GetProperty("status").GetString(), created.GetProperty("task").GetProperty("version").GetInt32()));
        }

        var moved = (await server.DataAsync(Move, new { input = new { boardId = "b1", taskId = "t1", to = "READY", expectedVersion = 1 } }, server.OperatorKey)).GetProperty("moveTask");
        Assert.Equal(("READY", 2L), (moved.GetProperty("task").GetProperty("status").GetString(), moved.GetProperty("version").GetInt64()));

        var stale = (await server.DataAsync(Move, new { input = new { boardId = "b1", taskId = "t1", to = "BACKLOG", expectedVersion = 1 } }, server.OperatorKey)).GetProperty("moveTask");
        var conflict = stale.GetProperty("errors")[0];
        Assert.Equal(("ConflictError", 1L, 2L), (conflict.GetProperty("__typename").GetString(), conflict.GetProperty("expectedVersion").GetInt64(), conflict.GetProperty("actualVersion").GetInt64()));

        var full = (await server.DataAsync(Move, new { input = new { boardId = "b1", taskId = "t2", to = "READY", expectedVersion = 1 } }, server.OperatorKey)).GetProperty("moveTask");
        Assert.Equal(("RefusedError", "task.wip-limit-reached"), (full.GetProperty("errors")[0].GetProperty("__typename").GetString(), full.GetProperty("errors")[0].GetProperty("code").GetString()));

        var ready = (await server.DataAsync("{ tasks(boardId: \"b1\", status: READY) { nodes { taskId } } board(id: \"b1\") { columns { status wipLimit tasks { nodes { taskId } } } } }", key: server.ViewerKey));
        Assert.Equal(["t1"], ready.GetProperty("tasks").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("taskId").GetString()));
        var readyColumn = ready.GetProperty("board").GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("status").GetString() == "READY");
        Assert.Equal(1, readyColumn.GetProperty("wipLimit").GetInt32());
        Assert.Equal(["t1"], readyColumn.GetProperty("tasks").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("taskId").GetString()));
    }

    [Fact]
    public async Task boardChanged_delivers_the_board_after_each_change()
    {
        await server.EnsurePipelineAsync("live", TestRuns.GatedPipeline);
        await server.DataAsync("mutation { createBoard(input: {boardId: \"live-board\", projectId: \"live\", name: \"Live\"}) { errors { code } } }");
        var subscriber = NodeScripts.ScriptAsync("subscribe.mjs", server.WebSocketUrl.ToString(), server.ViewerKey,
            "subscription { boardChanged(boardId: \"live-board\") { boardId columns { status tasks { nodes { taskId } } } } }", "{}", "2");

        // The subscription starts at the moment the server receives it, so keep changing the board until two changes arrived.
        for (var i = 0; i < 100 && !subscriber.IsCompleted; i++)
        {
            await server.DataAsync("mutation ($id: ID!, $title: String!) { createTask(input: {boardId: \"live-board\", taskId: $id, title: $title}) { errors { code } } }", new { id = "task-" + i, title = "task " + i }, server.OperatorKey);
            await Task.WhenAny(subscriber, Task.Delay(200));
        }

        var output = await subscriber;
        Assert.False(output.TryGetProperty("error", out var error), error.ToString());
        var counts = output.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("data").GetProperty("boardChanged"))
            .Select(b => b.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("status").GetString() == "BACKLOG").GetProperty("tasks").GetProperty("nodes").GetArrayLength())
            .ToList();
        Assert.Equal(2, counts.Count);
        Assert.True(counts[1] > counts[0], string.Join(", ", counts));
    }

    [Fact]
    public async Task Agents_change_one_thing_at_a_time_and_chat_sessions_keep_their_messages()
    {
        var created = (await server.DataAsync("""
            mutation { createAgent(input: {agentId: "ada", name: "Ada", persona: "careful", model: "claude", tools: ["git"]}) { agent { name tools version } errors { code } } }
            """)).GetProperty("createAgent");
        Assert.Equal(["git"], created.GetProperty("agent").GetProperty("tools").EnumerateArray().Select(t => t.GetString()));

        var changed = (await server.DataAsync("mutation { changeAgent(input: {agentId: \"ada\", model: \"gpt\"}) { agent { model } errors { code } } }")).GetProperty("changeAgent");
        Assert.Equal("gpt", changed.GetProperty("agent").GetProperty("model").GetString());
        var two = (await server.DataAsync("mutation { changeAgent(input: {agentId: \"ada\", model: \"x\", persona: \"y\"}) { errors { __typename code } } }")).GetProperty("changeAgent");
        Assert.Equal("ValidationError", two.GetProperty("errors")[0].GetProperty("__typename").GetString());
        var forbidden = await server.PostAsync("mutation { retireAgent(input: {agentId: \"ada\"}) { errors { code } } }", key: server.OperatorKey);
        Assert.Contains("needs the admin role", forbidden.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        var session = (await server.DataAsync("mutation { startChat(input: {sessionId: \"s1\", agentId: \"ada\"}) { sessionId errors { code } } }", key: server.OperatorKey))
            .GetProperty("startChat");
        Assert.Equal("s1", session.GetProperty("sessionId").GetString());
        var posted = (await server.DataAsync("mutation { postChatMessage(input: {sessionId: \"s1\", text: \"Hello\"}) { session { messageCount messages { nodes { author text } } } errors { code } } }",
            key: server.OperatorKey)).GetProperty("postChatMessage").GetProperty("session");
        Assert.Equal(1, posted.GetProperty("messageCount").GetInt32());
        Assert.Equal(("USER", "Hello"), (posted.GetProperty("messages").GetProperty("nodes")[0].GetProperty("author").GetString(), posted.GetProperty("messages").GetProperty("nodes")[0].GetProperty("text").GetString()));

        var missing = (await server.DataAsync("mutation { startChat(input: {agentId: \"nobody\"}) { errors { __typename code } } }", key: server.OperatorKey)).GetProperty("startChat");
        Assert.Equal(("NotFoundError", "agent.not-found"), (missing.GetProperty("errors")[0].GetProperty("__typename").GetString(), missing.GetProperty("errors")[0].GetProperty("code").GetString()));
    }

    [Fact]
    public async Task chatReplyStream_delivers_an_agents_reply_piece_by_piece_and_then_whole()
    {
        await server.DataAsync("""mutation { createAgent(input: {agentId: "echo", name: "Echo", persona: "brief", model: "scripted", tools: []}) { errors { code } } }""");
        await server.DataAsync("""mutation { startChat(input: {sessionId: "s-live", agentId: "echo"}) { errors { code } } }""", key: server.OperatorKey);
        var subscriber = NodeScripts.ScriptAsync("subscribe.mjs", server.WebSocketUrl.ToString(), server.ViewerKey,
            "subscription { chatReplyStream(sessionId: \"s-live\") { sessionId messageId sequence text final error } }", "{}", "12");

        // A reply is four pieces and a final one; twelve pieces hold at least one whole reply however late the subscription began.
        for (var i = 0; i < 100 && !subscriber.IsCompleted; i++)
        {
            await server.DataAsync("mutation ($text: String!) { postChatMessage(input: {sessionId: \"s-live\", text: $text}) { errors { code } } }",
                new { text = "ping " + i }, server.OperatorKey);
            await Task.WhenAny(subscriber, Task.Delay(300));
        }

        var output = await subscriber;
        Assert.False(output.TryGetProperty("error", out var error), error.ToString());
        var pieces = output.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("data").GetProperty("chatReplyStream")).ToList();
        Assert.All(pieces, p => Assert.Equal("s-live", p.GetProperty("sessionId").GetString()));
        var whole = pieces.GroupBy(p => p.GetProperty("messageId").GetString())
            .Select(reply => reply.ToList())
            .First(reply => reply[0].GetProperty("sequence").GetInt32() == 0 && reply[^1].GetProperty("final").GetBoolean());
        Assert.Equal(Enumerable.Range(0, whole.Count), whole.Select(p => p.GetProperty("sequence").GetInt32()));
        var streamed = string.Concat(whole.SkipLast(1).Select(p => p.GetProperty("text").GetString()));
        Assert.StartsWith("You said: ping ", streamed, StringComparison.Ordinal);
        Assert.Equal(streamed, whole[^1].GetProperty("text").GetString());
    }
}
