using System.Text.Json;
using EventAgents.Domain.Runs;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Projections.Catalog;
using EventAgents.Projections.Runs;

namespace EventAgents.GraphQL.Runs;

/// <summary>The <c>Run</c> and <c>RunStep</c> types.</summary>
public static class RunTypes
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        schema.Enum<RunStatus>().Enum<StepStatus>();
        schema.Object("Run", t => t.ClrType<RunRow>().Implements("Node")
            .Description("One execution of a pinned pipeline version.")
            .Field("id", "ID!", c => GlobalId.Of("Run", Row(c).RunId))
            .Field("runId", "ID!", c => Row(c).RunId)
            .Field("status", "RunStatus!")
            .Field("projectId", "ID!")
            .Field("project", "Project", f => f.ResolveAsync(c => Loaders.Project(c, api, Row(c).ProjectId)))
            .Field("pipelineId", "ID!")
            .Field("pipelineVersion", "Int!")
            .Field("pipeline", "Pipeline", f => f.ResolveAsync(c => Loaders.Pipeline(c, api, Row(c).PipelineId)))
            .Field("requestedBy", "String!")
            .Field("inputs", "JSON!", c => JsonDocument.Parse(Row(c).InputsJson).RootElement.Clone())
            .Field("requestedAt", "DateTime!")
            .Field("startedAt", "DateTime")
            .Field("finishedAt", "DateTime")
            .Field("currentStep", "String", f => f.Description("The step most recently queued or started while the run is not finished."))
            .Field("reason", "String", f => f.Description("Why the run failed or was cancelled."))
            .Field("version", "Long!", f => f.Description("The version of the run's stream this row reflects; send it as expectedVersion."))
            .Field("updatedAt", "DateTime!")
            .Field("steps", "[RunStep!]!", f => f.ResolveAsync(async c => await Loaders.Steps(c, api, Row(c).RunId).ConfigureAwait(false)))
            .Field("agentId", "ID", f => f.Description("The agent that claimed the task this run works on."))
            .Field("agent", "Agent", f => f.ResolveAsync(c => Row(c).AgentId is { } id ? Loaders.Agent(c, api, id) : Task.FromResult<AgentRow?>(null)))
            .Field("task", "Task", f => f
                .Description("The board task this run works on, when an agent's pulse started it for one.")
                .ResolveAsync(c => Row(c) is { TaskBoardId: { } board, TaskId: { } task } ? Loaders.Task(c, api, board, task) : Task.FromResult<Projections.Boards.TaskRow?>(null)))
            .Field("stream", "String!", f => f.Description("The run's event stream, for streamEvents.").Resolve(c => Application.Runs.RunStreams.Id(Row(c).RunId))));

        schema.Object("RunStep", t => t.ClrType<RunStepRow>()
            .Description("The latest state of one step of a run.")
            .Field("stepId", "ID!")
            .Field("status", "StepStatus!")
            .Field("attempt", "Int!", f => f.Description("How many times the step was executed in this run, counting retries and iterations."))
            .Field("iteration", "Int!")
            .Field("retries", "Int!")
            .Field("item", "String", f => f.Description("The loop item of this iteration."))
            .Field("queuedAt", "DateTime")
            .Field("startedAt", "DateTime")
            .Field("finishedAt", "DateTime")
            .Field("dueAt", "DateTime", f => f.Description("When a retry is due, or when a running attempt or gate times out."))
            .Field("result", "String")
            .Field("output", "String")
            .Field("usage", "Usage!", c => new StepUsage(((RunStepRow)c.Source!).Tokens, ((RunStepRow)c.Source!).CostUsd))
            .Field("reason", "String")
            .Field("toolCalls", "[ToolCall!]!", f => f
                .Description("The tool calls of the step's attempts, in order.")
                .ResolveAsync(async c => await c.DataLoader<(string, string), IReadOnlyList<ToolCallRow>>("tool-calls", api.Runs.ToolCallsAsync)
                    .LoadAsync((((RunStepRow)c.Source!).RunId, ((RunStepRow)c.Source!).StepId)).ConfigureAwait(false)))
            .QuestionFields(api)
            .Field("version", "Long!"));
        StepQuestionTypes.Add(schema);

        schema.Object("ToolCall", t => t.ClrType<ToolCallRow>()
            .Field("attempt", "Int!").Field("sequence", "Int!").Field("tool", "String!")
            .Field("arguments", "String!", f => f.Description("As the agent reported them (JSON text)."))
            .Field("result", "String!").Field("isError", "Boolean!").Field("durationMs", "Long!").Field("at", "DateTime!"));

        schema.Object("Usage", t => t.ClrType<StepUsage>()
            .Description("Tokens and money the current attempt has spent.")
            .Field("tokens", "Int!")
            .Field("costUsd", "Float!", c => (double)((StepUsage)c.Source!).CostUsd));
    }

    private static RunRow Row(ResolveContext context) => (RunRow)context.Source!;
}
