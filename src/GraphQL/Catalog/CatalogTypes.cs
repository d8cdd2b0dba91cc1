using EventAgents.GraphQL.Common;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Projections.Catalog;
using EventAgents.Projections.Runs;

namespace EventAgents.GraphQL.Catalog;

/// <summary>Projects, agents and pipelines: types and queries.</summary>
public static class CatalogTypes
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        schema.Object("Project", t => t.ClrType<ProjectRow>().Implements("Node")
            .Field("id", "ID!", c => GlobalId.Of("Project", ((ProjectRow)c.Source!).ProjectId))
            .Field("projectId", "ID!").Field("name", "String!").Field("repository", "String!").Field("defaultBranch", "String!")
            .Field("boardId", "ID")
            .Field("board", "Board", f => f.ResolveAsync(c => ((ProjectRow)c.Source!).BoardId is { } id ? Loaders.Board(c, api, id)! : Task.FromResult<Projections.Boards.BoardRow?>(null)))
            .Field("archived", "Boolean!").Field("createdAt", "DateTime!").Field("updatedAt", "DateTime!").Field("version", "Long!")
            .Field("runs", "RunConnection!", f => f.PagingArguments().ResolveAsync(async c =>
            {
                var (first, after) = Paging.Read(c);
                return Connection.From(await api.Runs.ListAsync(new RunFilter(ProjectId: ((ProjectRow)c.Source!).ProjectId), first, after, c.CancellationToken).ConfigureAwait(false));
            })));
        schema.Object("Agent", t => t.ClrType<AgentRow>().Implements("Node")
            .Field("id", "ID!", c => GlobalId.Of("Agent", ((AgentRow)c.Source!).AgentId))
            .Field("agentId", "ID!").Field("name", "String!").Field("persona", "String!").Field("model", "String!").Field("tools", "[String!]!")
            .Field("pulseSeconds", "Long", f => f.Description("How often the agent wakes up on its own, when scheduled."))
            .Field("boardId", "ID").Field("columns", "[String!]!", f => f.Description("The board columns (task statuses) the agent works on."))
            .Field("retired", "Boolean!").Field("createdAt", "DateTime!").Field("updatedAt", "DateTime!").Field("version", "Long!")
            .Field("runs", "RunConnection!", f => f.Description("Runs the agent worked on for board tasks, newest first.").PagingArguments().ResolveAsync(async c =>
            {
                var (first, after) = Paging.Read(c);
                return Connection.From(await api.Runs.ListAsync(new RunFilter(AgentId: ((AgentRow)c.Source!).AgentId), first, after, c.CancellationToken).ConfigureAwait(false));
            }))
            .Field("tasks", "TaskConnection!", f => f.Description("Tasks assigned to the agent, oldest first.").PagingArguments()
                .ResolveAsync(c => List(c, (first, after, ct) => api.Boards.ListTasksAsync(new Projections.Boards.TaskFilter(Assignee: ((AgentRow)c.Source!).AgentId), first, after, ct)))));
        schema.Object("Pipeline", t => t.ClrType<PipelineRow>().Implements("Node")
            .Field("id", "ID!", c => GlobalId.Of("Pipeline", ((PipelineRow)c.Source!).PipelineId))
            .Field("pipelineId", "ID!").Field("name", "String!").Field("description", "String").Field("latestVersion", "Int!")
            .Field("projectId", "ID", f => f.Description("The project the pipeline belongs to (its id is <project>--<name>).")
                .Resolve(c => Application.Pipelines.PipelineIds.ProjectOf(((PipelineRow)c.Source!).PipelineId)))
            .Field("createdAt", "DateTime!").Field("updatedAt", "DateTime!").Field("version", "Long!")
            .Field("versions", "[PipelineVersion!]!", f => f.ResolveAsync(async c => await Loaders.PipelineVersions(c, api, ((PipelineRow)c.Source!).PipelineId).ConfigureAwait(false))));
        schema.Object("PipelineVersion", t => t.ClrType<PipelineVersionRow>()
            .Field("number", "Int!").Field("name", "String!").Field("source", "String!", f => f.Description("The YAML the version was defined with."))
            .Field("stepIds", "[String!]!").Field("definedBy", "String!").Field("definedAt", "DateTime!"));
        Paging.AddConnection(schema, "Project");
        Paging.AddConnection(schema, "Agent");
        Paging.AddConnection(schema, "Pipeline");

        schema.Object("Query", q => q
            .Field("project", "Project", f => f.Argument("id", "ID!").ResolveAsync(c => Loaders.Project(c, api, GlobalId.Local("Project", c.GetArgument<string>("id")!))))
            .Field("projects", "ProjectConnection!", f => f.PagingArguments().Argument("includeArchived", "Boolean", a => a.DefaultValue(false))
                .ResolveAsync(c => List(c, (first, after, ct) => api.Catalog.ListProjectsAsync(c.GetArgument<bool>("includeArchived"), first, after, ct))))
            .Field("agent", "Agent", f => f.Argument("id", "ID!").ResolveAsync(c => Loaders.Agent(c, api, GlobalId.Local("Agent", c.GetArgument<string>("id")!))))
            .Field("agents", "AgentConnection!", f => f.PagingArguments().Argument("includeRetired", "Boolean", a => a.DefaultValue(false))
                .ResolveAsync(c => List(c, (first, after, ct) => api.Catalog.ListAgentsAsync(c.GetArgument<bool>("includeRetired"), first, after, ct))))
            .Field("pipeline", "Pipeline", f => f.Argument("id", "ID!").ResolveAsync(c => Loaders.Pipeline(c, api, GlobalId.Local("Pipeline", c.GetArgument<string>("id")!))))
            .Field("pipelines", "PipelineConnection!", f => f.PagingArguments()
                .ResolveAsync(c => List(c, api.Catalog.ListPipelinesAsync)))
            .Field("validatePipeline", "[ValidationError!]!", f => f
                .Description("Checks a pipeline's YAML without storing it: every mistake with its line and column (empty when valid).")
                .Argument("yaml", "String!")
                .Resolve(c => Application.Pipelines.Defining.PipelineYaml.Parse(c.GetArgument<string>("yaml") ?? "").Errors
                    .Select(e => new ValidationUserError(e.Code, e.Message, e.Path, e.Line, e.Column)).ToList())));
    }

    /// <summary>Reads the paging arguments, fetches a page and wraps it in a connection.</summary>
    public static async Task<Connection> List<T>(ResolveContext c, Func<int, long?, CancellationToken, Task<Projections.Page<T>>> fetch)
        where T : Projections.ISequenced
    {
        var (first, after) = Paging.Read(c);
        return Connection.From(await fetch(first, after, c.CancellationToken).ConfigureAwait(false));
    }
}
