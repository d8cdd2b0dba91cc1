using System.Runtime.CompilerServices;
using System.Text.Json;
using EventAgents.Domain.Runs;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.GraphQL.Streams;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Projections.Runs;

namespace EventAgents.GraphQL.Runs;

/// <summary><c>runChanged(runId, fromVersion)</c> and <c>runsChanged</c>.</summary>
public static class RunSubscriptions
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        schema.Object("RunChange", t => t.ClrType<RunChange>()
            .Description("One event of a run, with the run's status and the step's state right after it.")
            .Field("runId", "ID!")
            .Field("version", "Long!", f => f.Description("The event's version in the run's stream: consecutive, so a gap or repeat is visible."))
            .Field("position", "Long!")
            .Field("type", "String!", f => f.Description("The event's stable type name, e.g. run.step-completed.v1."))
            .Field("at", "DateTime!")
            .Field("runStatus", "RunStatus!")
            .Field("stepId", "ID")
            .Field("step", "StepState")
            .Field("output", "String", f => f.Description("The output recorded by this event."))
            .Field("result", "String", f => f.Description("The result a step completed with in this event."))
            .Field("data", "JSON!", c => JsonDocument.Parse(((RunChange)c.Source!).DataJson).RootElement.Clone()));
        schema.Object("StepState", t => t.ClrType<StepProgress>()
            .Field("stepId", "ID!")
            .Field("status", "StepStatus!")
            .Field("attempt", "Int!")
            .Field("iteration", "Int!")
            .Field("retries", "Int!")
            .Field("output", "String")
            .Field("result", "String")
            .Field("usage", "Usage!")
            .Field("dueAt", "DateTime")
            .Field("reason", "String")
            .Field("question", "StepQuestion", f => f
                .Description("The question the step's running attempt waits on a person to answer.")
                .Resolve(c => StepQuestionView.Pending((StepProgress)c.Source!))));
        schema.Object("Subscription", s => s
            .Field("runChanged", "RunChange!", f => f
                .Description("Each event of one run in order: the events after fromVersion first, then live ones; completes when the run ends.")
                .Argument("runId", "ID!")
                .Argument("fromVersion", "Long", a => a.DefaultValue(0L))
                .Subscribe(c =>
                {
                    c.Require(Role.Viewer);
                    return RunChangeFeed.FollowAsync(api.Store, GlobalId.Local("Run", c.GetArgument<string>("runId")!), c.GetArgument<long?>("fromVersion") ?? 0, c.CancellationToken);
                }))
            .Field("runsChanged", "Run!", f => f
                .Description("A run each time it changes, as the run list shows it (after its projection applied the change).")
                .Argument("status", "RunStatus")
                .Argument("projectId", "ID")
                .Subscribe(c =>
                {
                    c.Require(Role.Viewer);
                    return ChangedRunsAsync(api, c.Arguments.GetValueOrDefault("status") as RunStatus?, c.GetArgument<string>("projectId"), c.CancellationToken);
                })));
    }

    private static async IAsyncEnumerable<RunRow> ChangedRunsAsync(ProductApi api, RunStatus? status, string? projectId, [EnumeratorCancellation] CancellationToken ct)
    {
        var start = (await api.Store.GetSafePositionAsync(ct).ConfigureAwait(false)).Safe;
        await foreach (var batch in EventFeed.FollowAllAsync(api.Store, start, ct).ConfigureAwait(false))
        {
            var runIds = batch.Select(e => e.Data).OfType<IRunEvent>().Select(e => e.RunId).Distinct().ToList();
            if (runIds.Count == 0)
            {
                continue;
            }

            await api.Projections.WaitForAsync(RunsProjection.ProjectionName, batch[^1].Position, ct).ConfigureAwait(false);
            var rows = await api.Runs.GetManyAsync(runIds, ct).ConfigureAwait(false);
            foreach (var runId in runIds)
            {
                if (rows.GetValueOrDefault(runId) is { } row && (status is null || row.Status == status) && (projectId is null || row.ProjectId == projectId))
                {
                    yield return row;
                }
            }
        }
    }
}
