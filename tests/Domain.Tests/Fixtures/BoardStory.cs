using EventAgents.Domain.Boards;
using EventAgents.Domain.Tasks;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Fixtures;

public static class BoardStory
{
    public const string BoardId = "b1";

    public static BoardCreated Created() =>
        new(BoardId, "p1", "Shop", [.. Enum.GetValues<BoardTaskStatus>().Select(status => new BoardColumn(status, status == BoardTaskStatus.InProgress ? "In progress" : status.ToString(), null))], T0);

    public static TaskCreated Task(string id, params string[] dependsOn) => new(BoardId, id, $"Task {id}", "", dependsOn, At(1));

    public static TaskMoved Moved(string id, BoardTaskStatus from, BoardTaskStatus to, int at = 2) => new(BoardId, id, from, to, "ada", null, At(at));

    public static TaskClaimed Claimed(string id, string assignee = "eve", int at = 3) => new(BoardId, id, assignee, $"task/{id}", At(at));
}
