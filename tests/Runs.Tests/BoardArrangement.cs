using EventAgents.Application.Boards.Commanding;
using EventAgents.Application.Boards.Creating;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Projects.Commanding;
using EventAgents.Domain.Common;
using EventAgents.Domain.Projects;
using EventAgents.Domain.Tasks;
using EventAgents.Platform.EventStore;

namespace EventAgents.Runs.Tests;

/// <summary>Board work set up through the real command handlers: a project on a repository, its board, a ready task.</summary>
internal static class BoardArrangement
{
    public const string ReadyTask = "greet";

    /// <summary>Creates the project and its board (linked to it when asked) with the ready task "greet".</summary>
    public static async Task ProjectWithReadyTaskAsync(EventStore store, string projectId, string boardId, string repository, bool linkBoard)
    {
        var at = DateTimeOffset.UtcNow;
        var context = new CommandContext("tests");
        var projects = new ProjectCommands(store);
        Succeeded(await projects.HandleAsync(new CreateProject(projectId, projectId, repository, "main", at), context, default));
        Succeeded(await new BoardCreator(store).CreateAsync(new CreateBoardWithLimits(boardId, projectId, projectId, new Dictionary<BoardTaskStatus, int>(), at), context, default));
        if (linkBoard)
        {
            Succeeded(await projects.HandleAsync(new LinkBoard(projectId, boardId, at), context, default));
        }

        var boards = new BoardCommands(store);
        Succeeded(await boards.HandleAsync(new CreateTask(boardId, ReadyTask, "Add a greeting", "Write greeting.txt.", [], at), context, default));
        Succeeded(await boards.HandleAsync(new MoveTask(boardId, ReadyTask, BoardTaskStatus.Ready, 1, "tests", null, at), context, default));
    }

    public static void Succeeded<TState, TEvent>(CommandResult<TState, TEvent> result)
        where TEvent : IDomainEvent =>
        Assert.True(result.Error is null, result.Error?.Message);
}
