using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Projections.Boards;
using EventAgents.Projections.Catalog;
using EventAgents.Projections.Chats;
using EventAgents.Projections.Runs;

namespace EventAgents.GraphQL.Common;

/// <summary>The request's data loaders: every key asked for at one level of the response is read with one query.</summary>
public static class Loaders
{
    public static Task<RunRow?> Run(ResolveContext c, ProductApi api, string id) =>
        c.DataLoader<string, RunRow>("runs", api.Runs.GetManyAsync).LoadAsync(id);

    public static Task<IReadOnlyList<RunStepRow>?> Steps(ResolveContext c, ProductApi api, string runId) =>
        c.DataLoader<string, IReadOnlyList<RunStepRow>>("run-steps", api.Runs.StepsAsync).LoadAsync(runId);

    public static Task<ProjectRow?> Project(ResolveContext c, ProductApi api, string id) =>
        c.DataLoader<string, ProjectRow>("projects", api.Catalog.ProjectsAsync).LoadAsync(id);

    public static Task<AgentRow?> Agent(ResolveContext c, ProductApi api, string id) =>
        c.DataLoader<string, AgentRow>("agents", api.Catalog.AgentsAsync).LoadAsync(id);

    public static Task<PipelineRow?> Pipeline(ResolveContext c, ProductApi api, string id) =>
        c.DataLoader<string, PipelineRow>("pipelines", api.Catalog.PipelinesAsync).LoadAsync(id);

    public static Task<IReadOnlyList<PipelineVersionRow>?> PipelineVersions(ResolveContext c, ProductApi api, string id) =>
        c.DataLoader<string, IReadOnlyList<PipelineVersionRow>>("pipeline-versions", api.Catalog.VersionsAsync).LoadAsync(id);

    public static Task<BoardRow?> Board(ResolveContext c, ProductApi api, string id) =>
        c.DataLoader<string, BoardRow>("boards", api.Boards.BoardsAsync).LoadAsync(id);

    public static Task<IReadOnlyList<BoardColumnRow>?> Columns(ResolveContext c, ProductApi api, string boardId) =>
        c.DataLoader<string, IReadOnlyList<BoardColumnRow>>("board-columns", api.Boards.ColumnsAsync).LoadAsync(boardId);

    public static Task<TaskRow?> Task(ResolveContext c, ProductApi api, string boardId, string taskId) =>
        c.DataLoader<(string, string), TaskRow>("tasks", api.Boards.TasksAsync).LoadAsync((boardId, taskId));

    public static Task<ChatSessionRow?> ChatSession(ResolveContext c, ProductApi api, string id) =>
        c.DataLoader<string, ChatSessionRow>("chat-sessions", api.Chats.SessionsAsync).LoadAsync(id);
}
