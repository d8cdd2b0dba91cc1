using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Runs;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Runs.Commanding;

/// <summary>
/// Carries out a command on a run with <see cref="CommandHandler{TState, TEvent}"/>: load the run's stream, let the
/// domain decide, append at the loaded version, decide again after a concurrent append. <paramref name="expectedVersion"/>
/// (from a client) makes a conflict the caller's to resolve instead.
/// </summary>
public sealed class RunCommands(EventStore store)
{
    private readonly CommandHandler<Run, IRunEvent> _handler = new(store, RunStreams.Aggregate);

    /// <exception cref="WrongExpectedVersionException">
    /// The run is not at <paramref name="expectedVersion"/>, or other writers kept winning the race.
    /// </exception>
    public async Task<RunCommandResult> HandleAsync(IRunCommand command, string actor, CancellationToken ct, long? expectedVersion = null)
    {
        var result = await _handler.HandleAsync(command.RunId, run => RunDecider.Decide(command, run), new CommandContext(actor, expectedVersion), ct)
            .ConfigureAwait(false);
        return result.Error switch
        {
            null => new RunCommandResult(result.Events, result.Version, null),
            ConflictError conflict => throw new WrongExpectedVersionException(
                RunStreams.Id(command.RunId), ExpectedVersion.Exact(conflict.ExpectedVersion), conflict.ActualVersion),
            var error => new RunCommandResult([], result.Version, DomainErrors.ToDomainError(error)),
        };
    }
}
