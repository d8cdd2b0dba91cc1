using EventAgents.Application.Pipelines.Defining;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Projects;
using EventAgents.Domain.Tasks;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.GraphQL.Catalog;

/// <summary>Project, agent and pipeline mutations (admin).</summary>
public static class CatalogMutations
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        Mutations.Payload(schema, "ProjectPayload", "projectId", "project", "Project", async (c, p) => await ReadAfter.Project(api, p, c.CancellationToken).ConfigureAwait(false));
        Mutations.Payload(schema, "AgentPayload", "agentId", "agent", "Agent", async (c, p) => await ReadAfter.Agent(api, p, c.CancellationToken).ConfigureAwait(false));
        Mutations.Payload(schema, "PipelinePayload", "pipelineId", "pipeline", "Pipeline", async (c, p) => await ReadAfter.Pipeline(api, p, c.CancellationToken).ConfigureAwait(false));
        schema
            .InputObject("CreateProjectInput", t => t.Field("projectId", "ID!").Field("name", "String!").Field("repository", "String!").Field("defaultBranch", "String", f => f.DefaultValue("main")))
            .InputObject("ChangeDefaultBranchInput", t => t.Field("projectId", "ID!").Field("branch", "String!").Field("expectedVersion", "Long"))
            .InputObject("LinkBoardInput", t => t.Field("projectId", "ID!").Field("boardId", "ID!").Field("expectedVersion", "Long"))
            .InputObject("ArchiveProjectInput", t => t.Field("projectId", "ID!").Field("expectedVersion", "Long"))
            .InputObject("CreateAgentInput", t => t.Field("agentId", "ID!").Field("name", "String!").Field("persona", "String!").Field("model", "String!").Field("tools", "[String!]", f => f.DefaultLiteralText("[]")))
            .InputObject("ChangeAgentInput", t => t
                .Description("One change to an agent: give exactly the fields to change (persona, model, tools, pulseSeconds with clearPulse, or boardId with columns).")
                .Field("agentId", "ID!").Field("persona", "String").Field("model", "String").Field("tools", "[String!]")
                .Field("pulseSeconds", "Int").Field("clearPulse", "Boolean").Field("boardId", "ID").Field("columns", "[TaskStatus!]").Field("expectedVersion", "Long"))
            .InputObject("RetireAgentInput", t => t.Field("agentId", "ID!").Field("expectedVersion", "Long"))
            .InputObject("DefinePipelineInput", t => t
                .Field("projectId", "ID!").Field("yaml", "String!")
                .Field("pipelineId", "ID", f => f.Description("Set to define the next version of this pipeline; omit to create a new one."))
                .Field("expectedVersion", "Long"));
        schema.Object("Mutation", m => m
            .Command("createProject", "CreateProjectInput", "ProjectPayload", Role.Admin, "Creates a project.", api, call => Project(api, call,
                new CreateProject(call.Input.Required("projectId"), call.Input.Required("name"), call.Input.Text("repository") ?? "", call.Input.Text("defaultBranch") ?? "main", call.At)))
            .Command("changeDefaultBranch", "ChangeDefaultBranchInput", "ProjectPayload", Role.Admin, "Changes a project's default branch.", api, call => Project(api, call,
                new ChangeDefaultBranch(call.Input.Required("projectId"), call.Input.Required("branch"), call.At)))
            .Command("linkBoard", "LinkBoardInput", "ProjectPayload", Role.Admin, "Links a board of the project to it.", api, call => Project(api, call,
                new LinkBoard(call.Input.Required("projectId"), call.Input.Required("boardId"), call.At)))
            .Command("archiveProject", "ArchiveProjectInput", "ProjectPayload", Role.Admin, "Archives a project.", api, call => Project(api, call,
                new ArchiveProject(call.Input.Required("projectId"), call.At)))
            .Command("createAgent", "CreateAgentInput", "AgentPayload", Role.Admin, "Creates an agent.", api, call => Agent(api, call,
                new CreateAgent(call.Input.Required("agentId"), call.Input.Required("name"), call.Input.Required("persona"), call.Input.Required("model"), call.Input.Texts("tools") ?? [], call.At)))
            .Command("changeAgent", "ChangeAgentInput", "AgentPayload", Role.Admin, "Changes an agent's persona, model, tools, pulse or board columns.", api, call =>
                AgentChange(call) is { } command ? Agent(api, call, command)
                    : Task.FromResult(CommandPayload.Failed(new ValidationUserError("agent.one-change", "Give exactly one change: persona, model, tools, pulseSeconds or clearPulse, or boardId with columns.", null, null, null))))
            .Command("retireAgent", "RetireAgentInput", "AgentPayload", Role.Admin, "Retires an agent.", api, call => Agent(api, call,
                new RetireAgent(call.Input.Required("agentId"), call.At)))
            .Command("definePipeline", "DefinePipelineInput", "PipelinePayload", Role.Admin,
                "Defines a pipeline (or its next version) from YAML; mistakes come back as ValidationErrors with line and column.", api, async call =>
                {
                    var request = new DefinePipeline(call.Input.Required("projectId"), call.Input.Text("yaml") ?? "", call.Caller.Actor, call.At, call.Input.Text("pipelineId"));
                    var result = await api.Pipelines.DefineAsync(request, call.Context, call.Ct).ConfigureAwait(false);
                    var id = result.State.Exists ? result.State.Id : request.PipelineId;
                    return CommandPayload.From(id ?? "", result, version: result.State.Latest?.Number) with { Id = id };
                }));
    }

    private static async Task<CommandPayload> Project(ProductApi api, Mutations.Call call, IProjectCommand command) =>
        CommandPayload.From(command.ProjectId, await api.ProjectCommands.HandleAsync(command, call.Context, call.Ct).ConfigureAwait(false));

    private static async Task<CommandPayload> Agent(ProductApi api, Mutations.Call call, IAgentCommand command) =>
        CommandPayload.From(command.AgentId, await api.AgentCommands.HandleAsync(command, call.Context, call.Ct).ConfigureAwait(false));

    private static IAgentCommand? AgentChange(Mutations.Call call)
    {
        var input = call.Input;
        var id = input.Required("agentId");
        var changes = new List<IAgentCommand>();
        if (input.Text("persona") is { } persona)
        {
            changes.Add(new ChangeAgentPersona(id, persona, call.At));
        }

        if (input.Text("model") is { } model)
        {
            changes.Add(new ChangeAgentModel(id, model, call.At));
        }

        if (input.Texts("tools") is { } tools)
        {
            changes.Add(new SetAgentTools(id, tools, call.At));
        }

        if (input.Int("pulseSeconds") is { } seconds)
        {
            changes.Add(new ScheduleAgentPulse(id, TimeSpan.FromSeconds(seconds), call.At));
        }
        else if (input.Raw("clearPulse") is true)
        {
            changes.Add(new ScheduleAgentPulse(id, null, call.At));
        }

        if (input.Text("boardId") is { } board)
        {
            var columns = input.Raw("columns") is System.Collections.IEnumerable list ? list.OfType<BoardTaskStatus>().ToList() : [];
            changes.Add(new AssignAgentColumns(id, board, columns, call.At));
        }

        return changes.Count == 1 ? changes[0] : null;
    }
}
