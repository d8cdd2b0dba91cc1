using EventAgents.Application.Agents.Commanding;
using EventAgents.Application.Boards.Creating;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Projects.Commanding;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Projects;
using EventAgents.Domain.Tasks;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Tests.Support;

/// <summary>Creates what a test needs through the real handlers, with fresh ids.</summary>
public static class Given
{
    public static readonly CommandContext Ada = new("ada");

    public static DateTimeOffset Now => DateTimeOffset.UtcNow;

    public static string NewId(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 12)];

    public static async Task<string> ProjectAsync(EventStore store)
    {
        var projectId = NewId("p");
        var result = await new ProjectCommands(store).HandleAsync(
            new CreateProject(projectId, "Shop", "https://git.example.com/shop.git", "main", Now), Ada, CancellationToken.None);
        Assert.Null(result.Error);
        return projectId;
    }

    public static async Task<string> BoardAsync(EventStore store, IReadOnlyDictionary<BoardTaskStatus, int>? limits = null)
    {
        var boardId = NewId("b");
        var result = await new BoardCreator(store).CreateAsync(
            new CreateBoardWithLimits(boardId, await ProjectAsync(store), "Work", limits ?? new Dictionary<BoardTaskStatus, int>(), Now),
            Ada, CancellationToken.None);
        Assert.Null(result.Error);
        return boardId;
    }

    public static async Task<string> AgentAsync(EventStore store)
    {
        var agentId = NewId("a");
        var result = await new AgentCommands(store).HandleAsync(
            new CreateAgent(agentId, "Eng", "You write code.", "anthropic/claude-sonnet-4", ["git", "shell"], Now), Ada, CancellationToken.None);
        Assert.Null(result.Error);
        return agentId;
    }
}
