using EventAgents.Application.Runs.Starting;
using EventAgents.Domain.Common;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.GraphQL.Execution;

namespace EventAgents.GraphQL.Runs;

public static partial class RunMutations
{
    private static async Task<RunPayload> StartAsync(ResolveContext c, ProductApi api)
    {
        var principal = c.Require(Role.Operator);
        var input = Input.From(c);
        var pipelineId = input.Required("pipelineId");
        var runId = input.Text("runId");
        if (runId is not null && (!Text.IsSlug(runId) || runId.Length > 64))
        {
            return RunPayload.Failed(new ValidationUserError("run.invalid-id", "runId must be 1 to 64 lower case letters, digits, '-' or '_'.", "runId", null, null));
        }

        if (!TryReadInputs(input.Raw("inputs"), out var inputs, out var inputError))
        {
            return RunPayload.Failed(inputError!);
        }

        if (input.Text("projectId") is { } projectId && Application.Pipelines.PipelineIds.ProjectOf(pipelineId) is { } owner && owner != projectId)
        {
            return RunPayload.Failed(new ValidationUserError("run.project-mismatch", $"Pipeline '{pipelineId}' belongs to project '{owner}', not '{projectId}'.", "projectId", null, null));
        }

        var started = await api.RunStarter.StartAsync(new StartRunOfPipeline(pipelineId, input.Int("version"), inputs, principal.Actor, runId), c.CancellationToken)
            .ConfigureAwait(false);
        if (started.Error is { } error)
        {
            return new RunPayload(null, null, CommandPayload.UserErrorsOf(error));
        }

        var stream = await api.Store.GetStreamAsync(Application.Runs.RunStreams.Id(started.RunId!), c.CancellationToken).ConfigureAwait(false);
        return new RunPayload(started.RunId, stream?.Version, []);
    }

    private static bool TryReadInputs(object? raw, out Dictionary<string, string> inputs, out UserError? error)
    {
        inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        error = null;
        switch (raw)
        {
            case null:
                return true;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var (name, value) in map)
                {
                    if (value is not string text)
                    {
                        error = new ValidationUserError("run.input-not-text", $"Input '{name}' must be a string.", "inputs." + name, null, null);
                        return false;
                    }

                    inputs[name] = text;
                }

                return true;
            default:
                error = new ValidationUserError("run.inputs-not-object", "inputs must be a JSON object of strings.", "inputs", null, null);
                return false;
        }
    }
}
