using EventAgents.Application.Boards;
using EventAgents.Domain.Boards;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Projects.Commanding;
using EventAgents.Application.Tests.Support;
using EventAgents.Domain.Projects;
using static EventAgents.Application.Tests.Support.Given;

namespace EventAgents.Application.Tests.Projects;

public sealed class ProjectCommandsTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly ProjectCommands _projects = new(fixture.Store);

    private Task<CommandResult<Project, IProjectEvent>> HandleAsync(IProjectCommand command, CommandContext? context = null) =>
        _projects.HandleAsync(command, context ?? Ada, CancellationToken.None);

    [Fact]
    public async Task Creates_a_project_on_a_git_url_or_path()
    {
        var byUrl = await HandleAsync(new CreateProject(NewId("p"), "Shop", "git@github.com:acme/shop.git", "main", Now));
        var byPath = await HandleAsync(new CreateProject(NewId("p"), "Tools", "/srv/git/tools", "trunk", Now));

        Assert.Equal("git@github.com:acme/shop.git", Assert.IsType<ProjectCreated>(Assert.Single(byUrl.Events)).Repository);
        Assert.Equal("trunk", byPath.State.DefaultBranch);
    }

    [Fact]
    public async Task Refuses_a_repository_that_is_neither_url_nor_absolute_path()
    {
        var result = await HandleAsync(new CreateProject(NewId("p"), "Shop", "shop", "main", Now));

        Assert.Equal("project.invalid-repository", Assert.IsType<RefusedError>(result.Error).Code);
    }

    [Fact]
    public async Task Changes_the_default_branch()
    {
        var projectId = await ProjectAsync(fixture.Store);

        var result = await HandleAsync(new ChangeDefaultBranch(projectId, "develop", Now));

        Assert.Equal(new DefaultBranchChanged(projectId, "develop", result.Events[0].At), Assert.Single(result.Events));
        Assert.Equal(2, result.Version);
    }

    [Fact]
    public async Task Changing_the_branch_of_an_unknown_project_is_not_found()
    {
        var result = await HandleAsync(new ChangeDefaultBranch(NewId("p"), "develop", Now));

        Assert.IsType<NotFoundError>(result.Error);
    }

    [Fact]
    public async Task Links_a_board_of_the_project()
    {
        var boardId = await BoardAsync(fixture.Store);
        var projectId = (await fixture.EventsAsync(BoardStreams.Id(boardId))).OfType<BoardCreated>().Single().ProjectId;

        var result = await HandleAsync(new LinkBoard(projectId, boardId, Now));

        Assert.Equal(boardId, result.State.BoardId);
    }

    [Fact]
    public async Task Refuses_to_link_a_board_of_another_project_or_a_missing_board()
    {
        var projectId = await ProjectAsync(fixture.Store);
        var otherBoard = await BoardAsync(fixture.Store);

        var other = await HandleAsync(new LinkBoard(projectId, otherBoard, Now));
        var missing = await HandleAsync(new LinkBoard(projectId, NewId("b"), Now));

        Assert.Equal("project.board-of-another-project", Assert.IsType<RefusedError>(other.Error).Code);
        Assert.Equal("board.not-found", Assert.IsType<NotFoundError>(missing.Error).Code);
    }

    [Fact]
    public async Task An_archived_project_takes_no_more_changes()
    {
        var projectId = await ProjectAsync(fixture.Store);

        var archived = await HandleAsync(new ArchiveProject(projectId, Now));
        var change = await HandleAsync(new ChangeDefaultBranch(projectId, "develop", Now));

        Assert.True(archived.State.IsArchived);
        Assert.Equal("project.archived", Assert.IsType<RefusedError>(change.Error).Code);
    }

    [Fact]
    public async Task A_stale_client_version_is_a_conflict()
    {
        var projectId = await ProjectAsync(fixture.Store);
        await HandleAsync(new ChangeDefaultBranch(projectId, "develop", Now));

        var result = await HandleAsync(new ArchiveProject(projectId, Now), Ada with { ExpectedVersion = 1 });

        Assert.Equal(2, Assert.IsType<ConflictError>(result.Error).ActualVersion);
    }
}
