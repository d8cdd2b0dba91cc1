using EventAgents.Domain.Runs;
using EventAgents.Testing;

namespace EventAgents.Runs.Tests;

/// <summary>Steps in flight when the engine node stops are launched again by the reconciliation of the next node.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly EngineFixture _engine = new();

    public Task InitializeAsync() => _engine.InitializeAsync();

    public Task DisposeAsync() => _engine.DisposeAsync();

    [Fact]
    public async Task A_command_running_when_the_node_stops_runs_again_after_the_restart_and_completes_once()
    {
        var runId = await _engine.StartAsync("""
            name: restart
            steps:
              - id: build
                type: command
                run: echo started >> starts.txt; sleep 1
              - id: ship
                type: command
                run: touch shipped
            """);
        var starts = Path.Combine(_engine.Workspace(runId), "starts.txt");
        await Eventually.TrueAsync(() => File.Exists(starts), TimeSpan.FromSeconds(30), "the build command starts");

        var relaunched = await _engine.RestartNodeAsync();

        Assert.Equal(1, relaunched);
        var run = await _engine.WaitForAsync(runId, r => r.Status is RunStatus.Completed or RunStatus.Failed, "the run ends");
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(2, File.ReadAllLines(starts).Length);
        var completions = (await _engine.EventsAsync(runId)).OfType<StepCompleted>().ToList();
        Assert.Equal(["build", "ship"], completions.Select(c => c.StepId));
        Assert.True(File.Exists(Path.Combine(_engine.Workspace(runId), "shipped")));
    }

    [Fact]
    public async Task A_command_killed_by_its_stop_reports_nothing_and_a_finished_run_is_not_relaunched()
    {
        var runId = await _engine.StartAsync("""
            name: quick
            steps:
              - id: build
                type: command
                run: "true"
            """);
        await _engine.WaitForAsync(runId, r => r.Status is RunStatus.Completed, "the run completes");

        Assert.Equal(0, await _engine.RestartNodeAsync());
    }
}
