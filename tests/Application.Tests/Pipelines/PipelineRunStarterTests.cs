using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Runs;
using EventAgents.Application.Runs.Starting;
using EventAgents.Application.Tests.Support;
using EventAgents.Domain.Runs;
using static EventAgents.Application.Tests.Support.Given;

namespace EventAgents.Application.Tests.Pipelines;

public sealed class PipelineRunStarterTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly PipelineRunStarter _starter = new(fixture.Store, TimeProvider.System);

    private async Task<string> PipelineWithTwoVersionsAsync()
    {
        var definer = new PipelineDefiner(fixture.Store);
        var projectId = await ProjectAsync(fixture.Store);
        var pipelineId = (await definer.DefineAsync(new DefinePipeline(projectId, PipelineDefinerTests.Yaml(run: "make v1"), "ada", Now), Ada, CancellationToken.None)).State.Id;
        await definer.DefineAsync(new DefinePipeline(projectId, PipelineDefinerTests.Yaml(run: "make v2"), "ada", Now, pipelineId), Ada, CancellationToken.None);
        return pipelineId;
    }

    private Task<StartedRun> StartAsync(string pipelineId, int? version, string? runId = null) =>
        _starter.StartAsync(new StartRunOfPipeline(pipelineId, version, new Dictionary<string, string>(), "ada", runId), CancellationToken.None);

    [Fact]
    public async Task Starts_a_run_of_the_latest_version_with_its_stored_definition()
    {
        var pipelineId = await PipelineWithTwoVersionsAsync();

        var started = await StartAsync(pipelineId, null);

        Assert.Equal(2, started.PipelineVersion);
        var requested = Assert.IsType<RunRequested>((await fixture.EventsAsync(RunStreams.Id(started.RunId!)))[0]);
        Assert.Equal((pipelineId, 2, pipelineId.Split("--")[0]), (requested.PipelineId, requested.PipelineVersion, requested.ProjectId));
        Assert.Equal("make v2", Assert.IsType<Domain.Pipelines.CommandStep>(Assert.Single(requested.Definition.Steps)).Run);
    }

    [Fact]
    public async Task Starts_a_run_of_a_given_version()
    {
        var pipelineId = await PipelineWithTwoVersionsAsync();

        var started = await StartAsync(pipelineId, 1);

        var requested = Assert.IsType<RunRequested>((await fixture.EventsAsync(RunStreams.Id(started.RunId!)))[0]);
        Assert.Equal(1, requested.PipelineVersion);
    }

    [Fact]
    public async Task An_unknown_pipeline_or_version_is_not_found()
    {
        var pipelineId = await PipelineWithTwoVersionsAsync();

        var unknownPipeline = await StartAsync("p1--nothing", null);
        var unknownVersion = await StartAsync(pipelineId, 7);

        Assert.Equal("pipeline.not-found", Assert.IsType<NotFoundError>(unknownPipeline.Error).Code);
        Assert.Equal("pipeline.version-not-found", Assert.IsType<NotFoundError>(unknownVersion.Error).Code);
        Assert.Null(unknownVersion.RunId);
    }

    [Fact]
    public async Task A_run_id_already_used_is_refused()
    {
        var pipelineId = await PipelineWithTwoVersionsAsync();
        var runId = NewId("r");
        await StartAsync(pipelineId, null, runId);

        var again = await StartAsync(pipelineId, null, runId);

        Assert.Equal("run.already-exists", Assert.IsType<RefusedError>(again.Error).Code);
    }
}
