using EventAgents.Application.Runs;
using EventAgents.Domain.Runs;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Runs.Commanding;

/// <summary>
/// Carries out a command on a run: load the run's stream, let the domain decide, append at the loaded version.
/// A concurrent append makes it load and decide again; <paramref name="expectedVersion"/> (from a client) makes a
/// conflict the caller's to resolve instead.
/// </summary>
public sealed class RunCommands(EventStore store)
{
    private const int ConflictRetries = 5;

    public async Task<RunCommandResult> HandleAsync(IRunCommand command, string actor, CancellationToken ct, long? expectedVersion = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var loaded = await store.LoadAsync(RunStreams.Id(command.RunId), Run.Initial, RunStreams.Evolve, ct: ct).ConfigureAwait(false);
            if (expectedVersion is { } expected && expected != loaded.Version)
            {
                throw new WrongExpectedVersionException(RunStreams.Id(command.RunId), ExpectedVersion.Exact(expected), loaded.Version);
            }

            var decision = RunDecider.Decide(command, loaded.State);
            if (decision.IsRefused || decision.Events.Count == 0)
            {
                return new RunCommandResult([], loaded.Version, decision.Error);
            }

            try
            {
                var result = await store.AppendAsync(RunStreams.Id(command.RunId), ExpectedVersion.Exact(loaded.Version),
                    [.. decision.Events], new AppendOptions { Actor = actor, CorrelationId = command.RunId }, ct).ConfigureAwait(false);
                return new RunCommandResult(decision.Events, result.LastVersion, null);
            }
            catch (WrongExpectedVersionException) when (expectedVersion is null && attempt < ConflictRetries)
            {
                // Someone else changed the run meanwhile: decide again on the new state.
            }
        }
    }
}
