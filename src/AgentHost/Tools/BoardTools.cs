using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace EventAgents.AgentHost.Tools;

/// <summary>
/// get_ready_tasks, claim_task, transition_task, comment_task and open_pull_request: the run's board and pull requests, through the
/// server's agent API with the step token. A refusal by the server comes back to the model as the tool's error.
/// </summary>
public sealed class BoardTools(AgentApiClient api)
{
    private const string NoArguments = """{"type":"object","properties":{}}""";

    private const string ClaimSchema = """
        {"type":"object","properties":{"task_id":{"type":"string","description":"The id of a Ready task."}},"required":["task_id"]}
        """;

    private const string TransitionSchema = """
        {"type":"object","properties":{"task_id":{"type":"string"},"to":{"type":"string","enum":["Backlog","Ready","InProgress","Review","Done","Failed","Blocked"]},"expected_version":{"type":"integer","description":"The task's version you last saw; omit to use the current one."},"reason":{"type":"string","description":"Why the task moves."}},"required":["task_id","to","reason"]}
        """;

    private const string CommentSchema = """
        {"type":"object","properties":{"task_id":{"type":"string"},"text":{"type":"string","description":"The comment."}},"required":["task_id","text"]}
        """;

    private const string PullRequestSchema = """
        {"type":"object","properties":{"title":{"type":"string"},"body":{"type":"string","description":"What the change does and why."}},"required":["title"]}
        """;

    /// <summary>The functions offered to the model.</summary>
    public IReadOnlyList<AIFunction> Functions =>
    [
        new ToolFunction("get_ready_tasks", "Lists the tasks in Ready on the run's board (id, title, description, version).", NoArguments,
            (_, ct) => SendAsync(HttpMethod.Get, "board/ready-tasks", null, ct), readOnly: true),
        new ToolFunction("claim_task", "Claims a Ready task on the run's board for this agent.", ClaimSchema,
            (arguments, ct) => SendAsync(HttpMethod.Post, "board/claim", new JsonObject { ["taskId"] = arguments.String("task_id") }, ct)),
        new ToolFunction("transition_task", "Moves a task of the run's board to another column, with a reason.", TransitionSchema, TransitionAsync),
        new ToolFunction("comment_task", "Leaves a comment on a task of the run's board.", CommentSchema,
            (arguments, ct) => SendAsync(HttpMethod.Post, "board/comment",
                new JsonObject { ["taskId"] = arguments.String("task_id"), ["text"] = arguments.String("text") }, ct)),
        new ToolFunction("open_pull_request", "Opens a pull request from the workspace's branch into the project's default branch.", PullRequestSchema,
            (arguments, ct) => SendAsync(HttpMethod.Post, "pull-requests",
                new JsonObject { ["title"] = arguments.String("title"), ["body"] = arguments.OptionalString("body") ?? "" }, ct)),
    ];

    private Task<string> TransitionAsync(ToolArguments arguments, CancellationToken ct)
    {
        var body = new JsonObject { ["taskId"] = arguments.String("task_id"), ["to"] = arguments.String("to"), ["reason"] = arguments.String("reason") };
        // Read as JSON: a scripted or remote model may hand the number over as any numeric type.
        var expected = arguments.Json("expected_version");
        if (expected != "null")
        {
            body["expectedVersion"] = int.TryParse(expected.Trim('"'), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var version)
                ? version
                : throw new ToolRefusedException("The argument 'expected_version' must be a whole number.");
        }

        return SendAsync(HttpMethod.Post, "board/transition", body, ct);
    }

    private Task<string> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken ct) => api.SendAsync(method, path, body, ct);
}
