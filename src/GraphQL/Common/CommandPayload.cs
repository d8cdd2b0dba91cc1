using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Common;

namespace EventAgents.GraphQL.Common;

/// <summary>
/// What a mutation on an aggregate answers: its id (and a second id for a task on a board), the stream's version
/// after the command, the entity's own version where it has one, and the errors that stopped it.
/// </summary>
public sealed record CommandPayload(string? Id, string? SubId, long? StreamVersion, long? Version, IReadOnlyList<UserError> Errors)
{
    public static CommandPayload From<TState, TEvent>(string id, CommandResult<TState, TEvent> result, string? subId = null, long? version = null)
        where TEvent : IDomainEvent =>
        result.Error is { } error
            ? new CommandPayload(id, subId, result.Version, version ?? result.Version, UserErrorsOf(error))
            : new CommandPayload(id, subId, result.Version, version ?? result.Version, []);

    public static CommandPayload Failed(UserError error, string? id = null) => new(id, null, null, null, [error]);

    /// <summary>The application's typed errors as the schema's.</summary>
    public static IReadOnlyList<UserError> UserErrorsOf(CommandError error) => error switch
    {
        NotFoundError e => [new NotFoundUserError(e.Code, e.Message)],
        ConflictError e => [new ConflictUserError(e.Subject, e.ExpectedVersion, e.ActualVersion)],
        ValidationFailedError e => [.. e.Errors.Select(v => new ValidationUserError(v.Code, v.Message, v.Path, v.Line, v.Column))],
        _ => [new RefusedUserError(error.Code, error.Message)],
    };
}
