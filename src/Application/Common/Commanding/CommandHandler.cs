using EventAgents.Domain.Common;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Common.Commanding;

/// <summary>
/// Carries out a command on one aggregate: load its stream, decide, append at the loaded version. When another
/// writer appended meanwhile, it loads and decides again on the newer state (up to <see cref="ConflictRetries"/>
/// times), so every rule the decider checks holds against the state the events are appended to. A client's
/// expected version turns that race into a <see cref="ConflictError"/> for the client to resolve instead.
/// </summary>
public sealed class CommandHandler<TState, TEvent>(EventStore store, AggregateStream<TState> aggregate)
    where TEvent : IDomainEvent
{
    /// <summary>How many times a command is decided again after losing a race before it reports a conflict.</summary>
    public const int ConflictRetries = 10;

    /// <summary>Decides with <paramref name="decide"/> on the current state of aggregate <paramref name="id"/> and appends the events.</summary>
    public async Task<CommandResult<TState, TEvent>> HandleAsync(
        string id, Func<TState, Decision<TEvent>> decide, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decide);
        ArgumentNullException.ThrowIfNull(context);
        var streamId = aggregate.StreamId(id);
        var options = new AppendOptions { Actor = context.Actor, CorrelationId = context.CorrelationId ?? id, CommandId = context.CommandId };
        for (var attempt = 0; ; attempt++)
        {
            var loaded = await store.LoadAsync(streamId, aggregate.Initial, aggregate.Evolve, ct: ct).ConfigureAwait(false);
            if (context.ExpectedVersion is { } expected && expected != loaded.Version)
            {
                return Failed(new ConflictError($"stream {streamId}", expected, loaded.Version), loaded);
            }

            var decision = decide(loaded.State);
            if (decision.Error is { } error)
            {
                return Failed(DomainErrors.ToCommandError(error), loaded);
            }

            if (decision.Events.Count == 0)
            {
                return new([], loaded.Version, loaded.State, null);
            }

            try
            {
                var appended = await store.AppendAsync(streamId, ExpectedVersion.Exact(loaded.Version), [.. decision.Events.Cast<object>()], options, ct)
                    .ConfigureAwait(false);
                return appended.Duplicate
                    ? await AlreadyAppliedAsync(streamId, ct).ConfigureAwait(false)
                    : new(decision.Events, appended.LastVersion, decision.Events.Aggregate(loaded.State, (state, e) => aggregate.Evolve(state, e)), null);
            }
            catch (WrongExpectedVersionException conflict) when (context.ExpectedVersion is not null || attempt >= ConflictRetries)
            {
                return Failed(new ConflictError($"stream {streamId}", context.ExpectedVersion ?? loaded.Version, conflict.ActualVersion), loaded);
            }
            catch (WrongExpectedVersionException)
            {
                // Lost the race: decide again on the newer state, after a short random pause so racers spread out.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(0, 2 << Math.Min(attempt, 5))), ct).ConfigureAwait(false);
            }
            catch (StreamArchivedException)
            {
                return Failed(new RefusedError("stream.archived", $"Stream '{streamId}' is archived and takes no more commands."), loaded);
            }
        }
    }

    private async Task<CommandResult<TState, TEvent>> AlreadyAppliedAsync(string streamId, CancellationToken ct)
    {
        var current = await store.LoadAsync(streamId, aggregate.Initial, aggregate.Evolve, ct: ct).ConfigureAwait(false);
        return new([], current.Version, current.State, null);
    }

    private static CommandResult<TState, TEvent> Failed(CommandError error, Loaded<TState> loaded) =>
        CommandResult<TState, TEvent>.Failed(error, loaded.Version, loaded.State);
}
