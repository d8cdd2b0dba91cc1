using EventAgents.Domain.Tasks;
using EventAgents.GraphQL.Catalog;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Projections.Boards;

namespace EventAgents.GraphQL.Boards;

/// <summary>Boards, their columns and tasks: types and queries.</summary>
public static class BoardTypes
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        schema.Enum<BoardTaskStatus>("TaskStatus");
        schema.Object("Board", t => t.ClrType<BoardRow>().Implements("Node")
            .Field("id", "ID!", c => GlobalId.Of("Board", ((BoardRow)c.Source!).BoardId))
            .Field("boardId", "ID!").Field("projectId", "ID!").Field("name", "String!")
            .Field("createdAt", "DateTime!").Field("updatedAt", "DateTime!").Field("version", "Long!")
            .Field("project", "Project", f => f.ResolveAsync(c => Loaders.Project(c, api, ((BoardRow)c.Source!).ProjectId)))
            .Field("columns", "[BoardColumn!]!", f => f.ResolveAsync(async c => await Loaders.Columns(c, api, ((BoardRow)c.Source!).BoardId).ConfigureAwait(false))));
        schema.Object("BoardColumn", t => t.ClrType<BoardColumnRow>()
            .Field("status", "TaskStatus!").Field("name", "String!").Field("wipLimit", "Int")
            .Field("tasks", "TaskConnection!", f => f.PagingArguments().Argument("assignee", "String").ResolveAsync(c =>
            {
                var column = (BoardColumnRow)c.Source!;
                return CatalogTypes.List(c, (first, after, ct) => api.Boards.ListTasksAsync(new TaskFilter(column.BoardId, column.Status, c.GetArgument<string>("assignee")), first, after, ct));
            })));
        schema.Object("Task", t => t.ClrType<TaskRow>().Implements("Node")
            .Field("id", "ID!", c => GlobalId.Of("Task", ((TaskRow)c.Source!).BoardId + "/" + ((TaskRow)c.Source!).TaskId))
            .Field("taskId", "ID!").Field("boardId", "ID!").Field("title", "String!").Field("description", "String!")
            .Field("status", "TaskStatus!").Field("assignee", "String").Field("branch", "String")
            .Field("pullRequestNumber", "Int").Field("pullRequestUrl", "String").Field("dependsOn", "[ID!]!")
            .Field("createdAt", "DateTime!").Field("updatedAt", "DateTime!")
            .Field("version", "Int!", f => f.Description("The task's own version: send it as expectedVersion to move or claim the task.")));
        Paging.AddConnection(schema, "Board");
        Paging.AddConnection(schema, "Task");

        schema.Object("Query", q => q
            .Field("board", "Board", f => f.Argument("id", "ID!").ResolveAsync(c => Loaders.Board(c, api, GlobalId.Local("Board", c.GetArgument<string>("id")!))))
            .Field("boards", "BoardConnection!", f => f.PagingArguments().Argument("projectId", "ID")
                .ResolveAsync(c => CatalogTypes.List(c, (first, after, ct) => api.Boards.ListBoardsAsync(c.GetArgument<string>("projectId"), first, after, ct))))
            .Field("task", "Task", f => f.Argument("boardId", "ID!").Argument("taskId", "ID!")
                .ResolveAsync(c => Loaders.Task(c, api, GlobalId.Local("Board", c.GetArgument<string>("boardId")!), c.GetArgument<string>("taskId")!)))
            .Field("tasks", "TaskConnection!", f => f
                .Description("Tasks, oldest first, filtered by board, column (status) and assignee.")
                .PagingArguments().Argument("boardId", "ID").Argument("status", "TaskStatus").Argument("assignee", "String")
                .ResolveAsync(c => CatalogTypes.List(c, (first, after, ct) => api.Boards.ListTasksAsync(
                    new TaskFilter(c.GetArgument<string>("boardId") is { } board ? GlobalId.Local("Board", board) : null,
                        c.Arguments.GetValueOrDefault("status") as BoardTaskStatus?, c.GetArgument<string>("assignee")), first, after, ct)))));
    }
}
