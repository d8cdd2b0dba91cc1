using System.Runtime.CompilerServices;
using EventAgents.Domain.Boards;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.GraphQL.Streams;
using EventAgents.Platform.GraphQL.Schema.Building;
using EventAgents.Projections.Boards;

namespace EventAgents.GraphQL.Boards;

/// <summary><c>boardChanged(boardId)</c>: the board each time it or one of its tasks changes.</summary>
public static class BoardSubscriptions
{
    public static void Add(SchemaBuilder schema, ProductApi api) =>
        schema.Object("Subscription", s => s.Field("boardChanged", "Board!", f => f
            .Description("The board (with its columns and tasks) after each change to it, once its projection applied the change.")
            .Argument("boardId", "ID!")
            .Subscribe(c =>
            {
                c.Require(Role.Viewer);
                return ChangesAsync(api, GlobalId.Local("Board", c.GetArgument<string>("boardId")!), c.CancellationToken);
            })));

    private static async IAsyncEnumerable<BoardRow> ChangesAsync(ProductApi api, string boardId, [EnumeratorCancellation] CancellationToken ct)
    {
        var start = (await api.Store.GetSafePositionAsync(ct).ConfigureAwait(false)).Safe;
        await foreach (var batch in EventFeed.FollowAllAsync(api.Store, start, ct).ConfigureAwait(false))
        {
            var last = batch.LastOrDefault(e => e.Data is IBoardEvent board && board.BoardId == boardId);
            if (last is null)
            {
                continue;
            }

            await api.Projections.WaitForAsync(BoardsProjection.ProjectionName, last.Position, ct).ConfigureAwait(false);
            if ((await api.Boards.BoardsAsync([boardId], ct).ConfigureAwait(false)).GetValueOrDefault(boardId) is { } row)
            {
                yield return row;
            }
        }
    }
}
