using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Pipelines;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Pipelines.Loading;
using EventAgents.Application.Projects.Commanding;
using EventAgents.Application.Tests.Support;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Projects;
using static EventAgents.Application.Tests.Support.Given;

namespace EventAgents.Application.Tests.Pipelines;

public sealed class PipelineDefinerTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly PipelineDefiner _definer = new(fixture.Store);

    public static string Yaml(string name = "Build and Test", string run = "make") => $"""
        name: {name}
        steps:
          - id: build
            type: command
            run: {run}
        """;

    private Task<CommandResult<Pipeline, IPipelineEvent>> DefineAsync(string projectId, string yaml, string? pipelineId = null, CommandContext? context = null) =>
        _definer.DefineAsync(new DefinePipeline(projectId, yaml, "ada", Now, pipelineId), context ?? Ada, CancellationToken.None);

    [Fact]
    public async Task Stores_version_one_with_its_source_and_definition_under_an_id_from_project_and_name()
    {
        var projectId = await ProjectAsync(fixture.Store);

        var result = await DefineAsync(projectId, Yaml());

        var defined = Assert.IsType<PipelineVersionDefined>(Assert.Single(result.Events));
        Assert.Equal((projectId + "--build-and-test", 1, Yaml()), (defined.PipelineId, defined.Version, defined.Source));
        Assert.Equal("build", Assert.Single(defined.Definition.Steps).Id);
        var stored = Assert.IsType<PipelineVersionDefined>(Assert.Single(await fixture.EventsAsync(PipelineStreams.Id(defined.PipelineId))));
        Assert.Equal("Build and Test", stored.Definition.Name);
    }

    [Fact]
    public async Task Refuses_yaml_with_every_located_error_and_stores_nothing()
    {
        var projectId = await ProjectAsync(fixture.Store);
        const string broken = """
            name: broken
            steps:
              - id: build
                type: nonsense
              - id: test
                type: command
                run: make test
                on_result:
                  fail: nowhere
            """;

        var result = await DefineAsync(projectId, broken);

        var errors = Assert.IsType<ValidationFailedError>(result.Error).Errors;
        Assert.Contains(errors, error => error.Line == 4);
        Assert.Contains(errors, error => error.Line == 9);
        Assert.Empty(await fixture.EventsAsync(PipelineStreams.Id(PipelineIds.For(projectId, "broken")!)));
    }

    [Fact]
    public async Task A_new_version_of_a_pipeline_is_sent_with_its_id()
    {
        var projectId = await ProjectAsync(fixture.Store);
        var pipelineId = (await DefineAsync(projectId, Yaml())).State.Id;

        var second = await DefineAsync(projectId, Yaml(run: "make all"), pipelineId);

        Assert.Equal(2, Assert.IsType<PipelineVersionDefined>(Assert.Single(second.Events)).Version);
        Assert.Equal(2, second.State.Versions.Count);
    }

    [Fact]
    public async Task A_second_pipeline_with_a_taken_name_is_refused_but_resending_the_same_source_is_not()
    {
        var projectId = await ProjectAsync(fixture.Store);
        await DefineAsync(projectId, Yaml());

        var taken = await DefineAsync(projectId, Yaml(name: "build-and-test", run: "make other"));
        var resent = await DefineAsync(projectId, Yaml());

        Assert.Equal("pipeline.name-taken", Assert.IsType<RefusedError>(taken.Error).Code);
        Assert.Null(resent.Error);
        Assert.Empty(resent.Events);
    }

    [Fact]
    public async Task The_same_name_in_another_project_is_another_pipeline()
    {
        var first = await DefineAsync(await ProjectAsync(fixture.Store), Yaml());
        var second = await DefineAsync(await ProjectAsync(fixture.Store), Yaml());

        Assert.Null(second.Error);
        Assert.NotEqual(first.State.Id, second.State.Id);
    }

    [Fact]
    public async Task A_pipeline_keeps_its_name_across_versions()
    {
        var projectId = await ProjectAsync(fixture.Store);
        var pipelineId = (await DefineAsync(projectId, Yaml())).State.Id;

        var renamed = await DefineAsync(projectId, Yaml(name: "Deploy"), pipelineId);
        var unknown = await DefineAsync(projectId, Yaml(name: "Deploy"), PipelineIds.For(projectId, "Deploy"));

        Assert.Equal("pipeline.renamed", Assert.IsType<RefusedError>(renamed.Error).Code);
        Assert.Equal("pipeline.not-found", Assert.IsType<NotFoundError>(unknown.Error).Code);
    }

    [Fact]
    public async Task A_pipeline_needs_an_existing_project_that_is_not_archived()
    {
        var archived = await ProjectAsync(fixture.Store);
        await new ProjectCommands(fixture.Store).HandleAsync(new ArchiveProject(archived, Now), Ada, CancellationToken.None);

        var missing = await DefineAsync(NewId("p"), Yaml());
        var refused = await DefineAsync(archived, Yaml());

        Assert.Equal("project.not-found", Assert.IsType<NotFoundError>(missing.Error).Code);
        Assert.Equal("project.archived", Assert.IsType<RefusedError>(refused.Error).Code);
    }

    [Fact]
    public async Task A_stale_client_version_is_a_conflict()
    {
        var projectId = await ProjectAsync(fixture.Store);
        var pipelineId = (await DefineAsync(projectId, Yaml())).State.Id;
        await DefineAsync(projectId, Yaml(run: "make v2"), pipelineId);

        var result = await DefineAsync(projectId, Yaml(run: "make v3"), pipelineId, Ada with { ExpectedVersion = 1 });

        Assert.Equal(2, Assert.IsType<ConflictError>(result.Error).ActualVersion);
    }

    [Fact]
    public async Task Of_two_concurrent_new_pipelines_with_the_same_name_one_is_refused()
    {
        var other = new PipelineDefiner(fixture.OtherStore);
        for (var round = 0; round < 5; round++)
        {
            var projectId = await ProjectAsync(fixture.Store);

            var results = await Task.WhenAll(
                Task.Run(() => DefineAsync(projectId, Yaml(run: "make one"))),
                Task.Run(() => other.DefineAsync(new DefinePipeline(projectId, Yaml(run: "make two"), "bob", Now), Ada, CancellationToken.None)));

            Assert.Single(results, result => result.Error is null);
            Assert.Single(results, result => result.Error?.Code == "pipeline.name-taken");
        }
    }

    [Fact]
    public async Task Loads_the_latest_or_a_given_version()
    {
        var projectId = await ProjectAsync(fixture.Store);
        var pipelineId = (await DefineAsync(projectId, Yaml())).State.Id;
        await DefineAsync(projectId, Yaml(run: "make v2"), pipelineId);
        var loader = new PipelineLoader(fixture.Store);

        var latest = await loader.LoadAsync(pipelineId, null, CancellationToken.None);
        var first = await loader.LoadAsync(pipelineId, 1, CancellationToken.None);
        var missing = await loader.LoadAsync(pipelineId, 3, CancellationToken.None);

        Assert.Equal((2, Yaml(run: "make v2")), (latest.Version!.Number, latest.Version.Source));
        Assert.Equal(1, first.Version!.Number);
        Assert.Equal("pipeline.version-not-found", Assert.IsType<NotFoundError>(missing.Error).Code);
    }
}
