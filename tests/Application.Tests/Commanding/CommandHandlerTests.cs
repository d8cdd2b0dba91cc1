using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Projects;
using EventAgents.Application.Tests.Support;
using EventAgents.Domain.Projects;
using static EventAgents.Application.Tests.Support.Given;

namespace EventAgents.Application.Tests.Commanding;

/// <summary>The generic handler, through the project aggregate.</summary>
public sealed class CommandHandlerTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly CommandHandler<Project, IProjectEvent> _handler = new(fixture.Store, ProjectStreams.Aggregate);

    private Task<CommandResult<Project, IProjectEvent>> HandleAsync(IProjectCommand command, CommandContext context) =>
        _handler.HandleAsync(command.ProjectId, project => ProjectDecider.Decide(command, project), context, CancellationToken.None);

    [Fact]
    public async Task Appends_the_decided_events_and_returns_the_new_version_and_state()
    {
        var result = await HandleAsync(new CreateProject(NewId("p"), "Shop", "/srv/git/shop", "main", Now), Ada);

        Assert.Null(result.Error);
        Assert.IsType<ProjectCreated>(Assert.Single(result.Events));
        Assert.Equal(1, result.Version);
        Assert.Equal("Shop", result.State.Name);
    }

    [Fact]
    public async Task A_repeated_command_appends_nothing()
    {
        var create = new CreateProject(NewId("p"), "Shop", "/srv/git/shop", "main", Now);
        await HandleAsync(create, Ada);

        var again = await HandleAsync(create, Ada);

        Assert.Null(again.Error);
        Assert.Empty(again.Events);
        Assert.Equal(1, again.Version);
    }

    [Fact]
    public async Task A_stale_client_version_is_a_conflict_and_nothing_is_appended()
    {
        var projectId = await ProjectAsync(fixture.Store);

        var result = await HandleAsync(new ChangeDefaultBranch(projectId, "develop", Now), Ada with { ExpectedVersion = 0 });

        var conflict = Assert.IsType<ConflictError>(result.Error);
        Assert.Equal((0, 1), (conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Single(await fixture.EventsAsync(ProjectStreams.Id(projectId)));
    }

    [Fact]
    public async Task The_current_client_version_appends()
    {
        var projectId = await ProjectAsync(fixture.Store);

        var result = await HandleAsync(new ChangeDefaultBranch(projectId, "develop", Now), Ada with { ExpectedVersion = 1 });

        Assert.Null(result.Error);
        Assert.Equal(2, result.Version);
    }

    [Fact]
    public async Task Concurrent_commands_without_a_client_version_are_decided_again_and_all_succeed()
    {
        var projectId = await ProjectAsync(fixture.Store);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => HandleAsync(new ChangeDefaultBranch(projectId, $"branch-{i}", Now), Ada))));

        Assert.All(results, result => Assert.Null(result.Error));
        Assert.Equal(Enumerable.Range(2, 8), results.Select(result => (int)result.Version).Order());
        Assert.Equal(9, (await fixture.EventsAsync(ProjectStreams.Id(projectId))).Count);
    }

    [Fact]
    public async Task Concurrent_commands_with_the_same_client_version_let_one_win()
    {
        var projectId = await ProjectAsync(fixture.Store);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Task.Run(() => HandleAsync(new ChangeDefaultBranch(projectId, $"branch-{i}", Now), Ada with { ExpectedVersion = 1 }))));

        Assert.Single(results, result => result.Error is null);
        Assert.Equal(3, results.Count(result => result.Error is ConflictError));
    }

    [Fact]
    public async Task A_command_id_already_applied_writes_nothing_again()
    {
        var projectId = await ProjectAsync(fixture.Store);
        var once = Ada with { CommandId = Guid.NewGuid() };

        await HandleAsync(new ChangeDefaultBranch(projectId, "develop", Now), once);
        var again = await HandleAsync(new ChangeDefaultBranch(projectId, "release", Now), once);

        Assert.Null(again.Error);
        Assert.Empty(again.Events);
        Assert.Equal("develop", again.State.DefaultBranch);
    }

    [Fact]
    public async Task A_refusal_is_typed_and_appends_nothing()
    {
        var result = await HandleAsync(new ChangeDefaultBranch(NewId("p"), "develop", Now), Ada);

        Assert.Equal("project.not-found", Assert.IsType<NotFoundError>(result.Error).Code);
        Assert.Equal(0, result.Version);
    }
}
