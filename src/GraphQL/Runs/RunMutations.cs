using EventAgents.Domain.Runs;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Platform.GraphQL.Schema.Building;

namespace EventAgents.GraphQL.Runs;

/// <summary>Run mutations (operator role): start, cancel, pause, resume, approve or reject a gate, answer an agent's question.</summary>
public static partial class RunMutations
{
    public static void Add(SchemaBuilder schema, ProductApi api)
    {
        schema.Object("RunPayload", t => t.ClrType<RunPayload>()
            .Description("The outcome of a run mutation: the run as it is after the command, or the errors that stopped it.")
            .Field("runId", "ID")
            .Field("version", "Long", f => f.Description("The run stream's version after the command."))
            .Field("run", "Run", f => f.ResolveAsync(c => RunAfterAsync(c, api)))
            .Field("errors", "[UserError!]!"));
        AddInputs(schema);
        schema.Object("Mutation", m => m
            .Field("startRun", "RunPayload!", f => f.Argument("input", "StartRunInput!")
                .Description("Starts a run of a pipeline's latest (or given) version. Needs the operator role.").ResolveAsync(c => StartAsync(c, api)))
            .Field("cancelRun", "RunPayload!", f => f.Argument("input", "CancelRunInput!").ResolveAsync(c => CommandAsync(c, api,
                (input, actor, at) => new CancelRun(input.Required("runId"), actor, input.Text("reason"), at))))
            .Field("pauseRun", "RunPayload!", f => f.Argument("input", "PauseRunInput!").ResolveAsync(c => CommandAsync(c, api,
                (input, actor, at) => new PauseRun(input.Required("runId"), actor, input.Text("reason"), at))))
            .Field("resumeRun", "RunPayload!", f => f.Argument("input", "ResumeRunInput!").ResolveAsync(c => CommandAsync(c, api,
                (input, actor, at) => new ResumeRun(input.Required("runId"), actor, at))))
            .Field("approveGate", "RunPayload!", f => f.Argument("input", "ApproveGateInput!").ResolveAsync(c => CommandAsync(c, api,
                (input, actor, at) => new ApproveGate(input.Required("runId"), input.Required("stepId"), actor, input.Text("comment"), at))))
            .Field("rejectGate", "RunPayload!", f => f.Argument("input", "RejectGateInput!").ResolveAsync(c => CommandAsync(c, api,
                (input, actor, at) => new RejectGate(input.Required("runId"), input.Required("stepId"), actor, input.Required("reason"), at))))
            .Field("answerStepQuestion", "RunPayload!", f => f.Argument("input", "AnswerStepQuestionInput!")
                .Description("Answers the question a step's agent waits on; the same answer again changes nothing. Needs the operator role.")
                .ResolveAsync(c => CommandAsync(c, api, (input, actor, at) =>
                    new AnswerQuestion(input.Required("runId"), input.Required("stepId"), input.Required("questionId"), input.Text("answer") ?? "", actor, at)))));
    }

    private static async Task<RunPayload> CommandAsync(ResolveContext c, ProductApi api, Func<Input, string, DateTimeOffset, IRunCommand> create)
    {
        var principal = c.Require(Role.Operator);
        var input = Input.From(c);
        var command = create(input, principal.Actor, api.Clock.GetUtcNow());
        if (input.Long("expectedVersion") is < 0)
        {
            return RunPayload.Failed(new ValidationUserError("run.invalid-expected-version", "expectedVersion must be 0 or more.", "expectedVersion", null, null));
        }

        try
        {
            var result = await api.RunCommands.HandleAsync(command, principal.Actor, c.CancellationToken, input.Long("expectedVersion")).ConfigureAwait(false);
            return result.Error is { } error
                ? RunPayload.Failed(RunPayload.From(error), command.RunId, result.Version)
                : new RunPayload(command.RunId, result.Version, []);
        }
        catch (WrongExpectedVersionException conflict)
        {
            return RunPayload.Failed(new ConflictUserError($"Run '{command.RunId}'", conflict.Expected.Value, conflict.ActualVersion), command.RunId, conflict.ActualVersion);
        }
    }

    /// <summary>The run as the read model shows it once it has caught up with the payload's version (waits a few seconds at most).</summary>
    private static async Task<object?> RunAfterAsync(ResolveContext c, ProductApi api)
    {
        var payload = (RunPayload)c.Source!;
        if (payload.RunId is null)
        {
            return null;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(c.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        while (true)
        {
            var next = api.Projections.Projections.First(p => p.Name == Projections.Runs.RunsProjection.ProjectionName).NextCommit;
            var rows = await api.Runs.GetManyAsync([payload.RunId], c.CancellationToken).ConfigureAwait(false);
            var row = rows.GetValueOrDefault(payload.RunId);
            if (row is not null && row.Version >= (payload.Version ?? 0) || timeout.IsCancellationRequested)
            {
                return row;
            }

            await (await Task.WhenAny(next, Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token)).ConfigureAwait(false)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
