using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Tasks;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Boards.Commanding;

/// <summary>
/// Carries out the board and task use cases (<see cref="SetWipLimit"/>, <see cref="CreateTask"/>, <see cref="MoveTask"/>,
/// <see cref="ClaimTask"/>, <see cref="AddTaskDependency"/>, <see cref="RemoveTaskDependency"/>,
/// <see cref="LinkPullRequest"/>) on the board's stream; creating a board is <see cref="Creating.BoardCreator"/>.
/// </summary>
/// <remarks>
/// Consistency of the board-wide rules: every task event goes to the board's one stream and is appended at the
/// version the decision was made on. Two moves into a column with one free place both read count = limit - 1,
/// but only the first append matches the version; the second gets a version conflict, reloads the board (now
/// full) and is refused with <c>task.wip-limit-reached</c>. The same serialization makes two dependency additions
/// that together would close a cycle decide one after the other, so the second sees the first edge and is refused
/// with <c>task.dependency-cycle</c>. The cost is that all writes to one board are serialized, which is fine at
/// the rate people and agents change a board's tasks. A client's expected version for a move or claim is the
/// task's version (not the stream's): a change to another task of the board is no conflict for the client, a
/// change to the same task comes back as a <see cref="ConflictError"/>.
/// </remarks>
public sealed class BoardCommands(EventStore store)
{
    private readonly CommandHandler<Board, IBoardEvent> _handler = new(store, BoardStreams.Aggregate);

    public async Task<CommandResult<Board, IBoardEvent>> HandleAsync(IBoardCommand command, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var result = await _handler.HandleAsync(command.BoardId, board => BoardDecider.Decide(command, board), context, ct).ConfigureAwait(false);
        return result.Error is RefusedError { Code: "task.version-conflict" } && ClientTaskVersion(command) is { } expected
            ? result.WithError(new ConflictError($"task {((ITaskCommand)command).TaskId} on board {command.BoardId}", expected,
                result.State.Tasks[((ITaskCommand)command).TaskId].Version))
            : result;
    }

    private static int? ClientTaskVersion(IBoardCommand command) => command switch
    {
        MoveTask move => move.ExpectedVersion,
        ClaimTask claim => claim.ExpectedVersion,
        _ => null,
    };
}
