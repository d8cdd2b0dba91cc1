using EventAgents.Application.Pipelines.Defining;
using EventAgents.Domain.Common;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Projections.Catalog;

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

        var version = await FindPipelineVersionAsync(api, pipelineId, input.Int("version"), c.CancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            var what = input.Int("version") is { } number ? $"Pipeline '{pipelineId}' has no version {number}." : $"Pipeline '{pipelineId}' does not exist.";
            return RunPayload.Failed(new NotFoundUserError("pipeline.not-found", what));
        }

        var definition = PipelineYaml.Parse(version.Source).Definition!;
        try
        {
            var (started, refused) = await api.RunStarter.StartAsync(
                input.Required("projectId"), pipelineId, version.Number, definition, inputs, principal.Actor, c.CancellationToken, runId).ConfigureAwait(false);
            if (refused is not null)
            {
                return RunPayload.Failed(RunPayload.From(refused));
            }

            var stream = await api.Store.GetStreamAsync(Application.Runs.RunStreams.Id(started!), c.CancellationToken).ConfigureAwait(false);
            return new RunPayload(started, stream?.Version, []);
        }
        catch (WrongExpectedVersionException conflict)
        {
            return RunPayload.Failed(new ConflictUserError($"Run '{runId}'", 0, conflict.ActualVersion), runId, conflict.ActualVersion);
        }
    }

    /// <summary>The version from the read model; when it is not there yet, waits once for the catalog to catch up with the store.</summary>
    private static async Task<PipelineVersionRow?> FindPipelineVersionAsync(ProductApi api, string pipelineId, int? number, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var versions = (await api.Catalog.VersionsAsync([pipelineId], ct).ConfigureAwait(false))[pipelineId];
            var found = number is { } n ? versions.FirstOrDefault(v => v.Number == n) : versions.LastOrDefault();
            if (found is not null || attempt > 0)
            {
                return found;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            var head = (await api.Store.GetSafePositionAsync(ct).ConfigureAwait(false)).Head;
            await api.Projections.WaitForAsync(Projections.Catalog.CatalogProjection.ProjectionName, head, timeout.Token)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
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
