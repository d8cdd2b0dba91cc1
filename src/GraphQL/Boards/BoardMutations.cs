using EventAgents.Application.Boards.Creating;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Tasks;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.GraphQL.Boards;

/// <summary>Board mutations (admin) and task mutations (operator).</summary>
public static class BoardMutations
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        Mutations.Payload(schema, "BoardPayload", "boardId", "board", "Board", async (c, p) => await ReadAfter.Board(api, p, c.CancellationToken).ConfigureAwait(false));
        Mutations.Payload(schema, "TaskPayload", "boardId", "task", "Task", async (c, p) => await ReadAfter.BoardTask(api, p, c.CancellationToken).ConfigureAwait(false), "taskId");
        schema
            .InputObject("WipLimitInput", t => t.Field("status", "TaskStatus!").Field("limit", "Int!"))
            .InputObject("CreateBoardInput", t => t.Field("boardId", "ID!").Field("projectId", "ID!").Field("name", "String!").Field("wipLimits", "[WipLimitInput!]", f => f.DefaultLiteralText("[]")))
            .InputObject("SetWipLimitInput", t => t.Field("boardId", "ID!").Field("status", "TaskStatus!").Field("limit", "Int", f => f.Description("Null removes the limit.")).Field("expectedVersion", "Long"))
            .InputObject("CreateTaskInput", t => t.Field("boardId", "ID!").Field("taskId", "ID").Field("title", "String!").Field("description", "String", f => f.DefaultValue("")).Field("dependsOn", "[ID!]", f => f.DefaultLiteralText("[]")))
            .InputObject("MoveTaskInput", t => t.Field("boardId", "ID!").Field("taskId", "ID!").Field("to", "TaskStatus!").Field("expectedVersion", "Int!", f => f.Description("The task's version the client saw.")).Field("reason", "String"))
            .InputObject("ClaimTaskInput", t => t.Field("boardId", "ID!").Field("taskId", "ID!").Field("assignee", "String!").Field("branch", "String!").Field("expectedVersion", "Int!"))
            .InputObject("TaskDependencyInput", t => t.Field("boardId", "ID!").Field("taskId", "ID!").Field("dependsOnTaskId", "ID!"))
            .InputObject("LinkPullRequestInput", t => t.Field("boardId", "ID!").Field("taskId", "ID!").Field("number", "Int!").Field("url", "String!"));
        schema.Object("Mutation", m => m
            .Command("createBoard", "CreateBoardInput", "BoardPayload", Role.Admin, "Creates a project's board with its columns and WIP limits.", api, async call =>
            {
                var limits = (call.Input.Raw("wipLimits") as System.Collections.IEnumerable)?.OfType<IReadOnlyDictionary<string, object?>>()
                    .GroupBy(l => (BoardTaskStatus)l["status"]!).ToDictionary(g => g.Key, g => Convert.ToInt32(g.Last()["limit"], System.Globalization.CultureInfo.InvariantCulture))
                    ?? [];
                var request = new CreateBoardWithLimits(call.Input.Required("boardId"), call.Input.Required("projectId"), call.Input.Required("name"), limits, call.At);
                return CommandPayload.From(request.BoardId, await api.BoardCreator.CreateAsync(request, call.Context, call.Ct).ConfigureAwait(false));
            })
            .Command("setWipLimit", "SetWipLimitInput", "BoardPayload", Role.Admin, "Sets or removes a column's WIP limit.", api, call =>
                Board(api, call, new SetWipLimit(call.Input.Required("boardId"), call.Input.Enum<BoardTaskStatus>("status")!.Value, call.Input.Int("limit"), call.At)))
            .Command("createTask", "CreateTaskInput", "TaskPayload", Role.Operator, "Creates a task in the board's backlog.", api, call =>
                Task(api, call, new CreateTask(call.Input.Required("boardId"), call.Input.Text("taskId") ?? "t-" + Guid.CreateVersion7().ToString("N")[^12..],
                    call.Input.Required("title"), call.Input.Text("description") ?? "", call.Input.Texts("dependsOn") ?? [], call.At)))
            .Command("moveTask", "MoveTaskInput", "TaskPayload", Role.Operator, "Moves a task to another column if it is still at the version the client saw.", api, call =>
                Task(api, call with { Context = call.Context with { ExpectedVersion = null } }, new MoveTask(call.Input.Required("boardId"), call.Input.Required("taskId"),
                    call.Input.Enum<BoardTaskStatus>("to")!.Value, call.Input.Int("expectedVersion") ?? 0, call.Caller.Actor, call.Input.Text("reason"), call.At)))
            .Command("claimTask", "ClaimTaskInput", "TaskPayload", Role.Operator, "Claims a task for an assignee on a branch.", api, call =>
                Task(api, call with { Context = call.Context with { ExpectedVersion = null } }, new ClaimTask(call.Input.Required("boardId"), call.Input.Required("taskId"),
                    call.Input.Required("assignee"), call.Input.Required("branch"), call.Input.Int("expectedVersion") ?? 0, call.At)))
            .Command("addTaskDependency", "TaskDependencyInput", "TaskPayload", Role.Operator, "Makes a task depend on another (no cycles).", api, call =>
                Task(api, call, new AddTaskDependency(call.Input.Required("boardId"), call.Input.Required("taskId"), call.Input.Required("dependsOnTaskId"), call.At)))
            .Command("removeTaskDependency", "TaskDependencyInput", "TaskPayload", Role.Operator, "Removes a dependency.", api, call =>
                Task(api, call, new RemoveTaskDependency(call.Input.Required("boardId"), call.Input.Required("taskId"), call.Input.Required("dependsOnTaskId"), call.At)))
            .Command("linkPullRequest", "LinkPullRequestInput", "TaskPayload", Role.Operator, "Links a task's pull request.", api, call =>
                Task(api, call, new LinkPullRequest(call.Input.Required("boardId"), call.Input.Required("taskId"), call.Input.Int("number") ?? 0, call.Input.Required("url"), call.At))));
    }

    private static async Task<CommandPayload> Board(ProductApi api, Mutations.Call call, IBoardCommand command) =>
        CommandPayload.From(command.BoardId, await api.BoardCommands.HandleAsync(command, call.Context, call.Ct).ConfigureAwait(false));

    /// <summary>A task command on the board's stream; the payload's version is the task's own.</summary>
    private static Task<CommandPayload> Task(ProductApi api, Mutations.Call call, ITaskCommand command) => Task(api, call, command, command.TaskId);

    private static Task<CommandPayload> Task(ProductApi api, Mutations.Call call, CreateTask command) => Task(api, call, command, command.TaskId);

    private static async Task<CommandPayload> Task(ProductApi api, Mutations.Call call, IBoardCommand command, string taskId)
    {
        var result = await api.BoardCommands.HandleAsync(command, call.Context, call.Ct).ConfigureAwait(false);
        return CommandPayload.From(command.BoardId, result, taskId, result.State.Tasks.GetValueOrDefault(taskId)?.Version);
    }
}
