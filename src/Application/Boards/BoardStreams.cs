using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Boards;

namespace EventAgents.Application.Boards;

/// <summary>
/// Where a board's events live (<c>board-&lt;id&gt;</c>), and how they fold into its state. The board's tasks live in
/// the same stream (there is no <c>task-&lt;id&gt;</c> stream): WIP limits and dependency cycles are rules over every
/// task of the board, and one stream with optimistic concurrency makes each decision see, and append on top of,
/// the whole board.
/// </summary>
public static class BoardStreams
{
    public const string Prefix = "board-";

    /// <summary>The board aggregate's storage, for <see cref="CommandHandler{TState, TEvent}"/>.</summary>
    public static AggregateStream<Board> Aggregate { get; } = new(Id, Board.Initial, Evolve);

    public static string Id(string boardId) => Prefix + boardId;

    /// <summary>Folds one stored event into the state; events of other kinds leave it as it is.</summary>
    public static Board Evolve(Board state, object e) => e is IBoardEvent boardEvent ? BoardDecider.Evolve(state, boardEvent) : state;
}
