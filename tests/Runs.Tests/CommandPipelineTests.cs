using EventAgents.Domain.Runs;
using EventAgents.Engine.Tests.Support;

namespace EventAgents.Runs.Tests;

/// <summary>Runs of command and gate steps through the whole engine: events, queue, worker, real processes.</summary>
public sealed class CommandPipelineTests : IAsyncLifetime
{
    private readonly EngineFixture _engine = new();

    public Task InitializeAsync() => _engine.InitializeAsync();

    public Task DisposeAsync() => _engine.DisposeAsync();

    [Fact]
    public async Task A_failing_test_step_loops_back_once_and_the_run_completes()
    {
        // 'implement' writes a counter; 'test' fails until implement ran twice.
        var runId = await _engine.StartAsync("""
            name: loop-once
            steps:
              - id: implement
                type: command
                run: echo x >> attempts.txt
              - id: test
                type: command
                run: test $(wc -l < attempts.txt) -ge 2
                on_result:
                  pass: end
                  fail: {goto: implement, max: 3}
            """);

        var run = await _engine.WaitForAsync(runId, r => r.Status is RunStatus.Completed or RunStatus.Failed, "the run ends");

        Assert.Equal(RunStatus.Completed, run.Status);
        var events = await _engine.EventsAsync(runId);
        Assert.Equal(2, events.OfType<StepCompleted>().Count(e => e.StepId == "implement"));
        Assert.Equal(["fail", "pass"], events.OfType<StepCompleted>().Where(e => e.StepId == "test").Select(e => e.Result));
        Assert.Equal(2, File.ReadAllLines(Path.Combine(_engine.Workspace(runId), "attempts.txt")).Length);
    }

    [Fact]
    public async Task A_gate_waits_until_approved()
    {
        var runId = await _engine.StartAsync("""
            name: gated
            steps:
              - id: gate
                type: gate
                prompt: Ship it?
              - id: ship
                type: command
                run: touch shipped
            """);

        var waiting = await _engine.WaitForAsync(runId, r => r.Step("gate").Status == StepStatus.AwaitingApproval, "the gate asks for approval");
        await Task.Delay(500);
        Assert.Equal(RunStatus.Running, (await _engine.LoadAsync(runId)).Status);
        Assert.False(File.Exists(Path.Combine(_engine.Workspace(runId), "shipped")));

        var approved = await _engine.RunCommands.HandleAsync(new ApproveGate(runId, "gate", "ada", "go", DateTimeOffset.UtcNow), "ada", CancellationToken.None);
        var run = await _engine.WaitForAsync(runId, r => r.Status == RunStatus.Completed, "the run completes after approval");

        Assert.Null(approved.Error);
        Assert.Equal(StepStatus.AwaitingApproval, waiting.Step("gate").Status);
        Assert.Equal(StepStatus.Completed, run.Step("ship").Status);
        Assert.True(File.Exists(Path.Combine(_engine.Workspace(runId), "shipped")));
    }

    [Fact]
    public async Task A_step_timeout_leads_to_a_retry_and_then_to_failure()
    {
        var runId = await _engine.StartAsync("""
            name: slow
            steps:
              - id: slow
                type: command
                run: sleep 30
                timeout: 1s
                retry: {max: 1, backoff: 500ms}
            """);

        var run = await _engine.WaitForAsync(runId, r => r.Status is RunStatus.Completed or RunStatus.Failed, "the run ends", seconds: 45);

        Assert.Equal(RunStatus.Failed, run.Status);
        var events = await _engine.EventsAsync(runId);
        Assert.Equal(2, events.OfType<StepStarted>().Count(e => e.StepId == "slow"));
        Assert.Equal("Step 'slow' timed out after 00:00:01.", Assert.Single(events.OfType<StepRetryScheduled>()).Reason);
        Assert.NotEmpty(events.OfType<StepTimedOut>());
        Assert.Equal("Step 'slow' timed out after 00:00:01.", run.Step("slow").Reason);
    }

    [Fact]
    public async Task Cancelling_a_run_stops_its_running_command()
    {
        // Found by its name on this host: in the step's sandbox, its own process id is another (a PID namespace).
        var name = "eventagents-long-" + Guid.NewGuid().ToString("N")[..8];
        var runId = await _engine.StartAsync($"""
            name: long
            steps:
              - id: long
                type: command
                run: exec -a {name} sleep 60
            """);
        await Testing.Eventually.TrueAsync(() => Processes.WithCommandLine(name).Count > 0, TimeSpan.FromSeconds(30), "the command runs");
        Assert.NotNull(_engine.Agents.ProcessIdOf(runId, "long")); // the step runner runs it, as it runs agents

        await _engine.RunCommands.HandleAsync(new CancelRun(runId, "ada", "not needed", DateTimeOffset.UtcNow), "ada", CancellationToken.None);

        await Testing.Eventually.TrueAsync(() => Processes.WithCommandLine(name).Count == 0, TimeSpan.FromSeconds(20), "the command's process is gone");
        Assert.Equal(RunStatus.Cancelled, (await _engine.LoadAsync(runId)).Status);
    }

    [Fact]
    public async Task A_command_runs_in_its_workdir_and_one_outside_the_workspace_fails_its_step()
    {
        var runId = await _engine.StartAsync("""
            name: workdirs
            steps:
              - id: prepare
                type: command
                run: mkdir -p app
              - id: inside
                type: command
                run: pwd > where.txt
                workdir: app
              - id: outside
                type: command
                run: touch escaped
                workdir: ../elsewhere
            """);

        var run = await _engine.WaitForAsync(runId, r => r.Status is RunStatus.Completed or RunStatus.Failed, "the run ends");

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("pass", run.Step("inside").Result);
        var workspace = _engine.Workspace(runId);
        Assert.Equal(Path.Combine(workspace, "app"), File.ReadAllText(Path.Combine(workspace, "app", "where.txt")).Trim());
        Assert.Equal("Working directory '../elsewhere' is outside the workspace.", run.Step("outside").Reason);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(workspace)!, "elsewhere", "escaped")));
    }

    [Fact]
    public async Task A_command_step_gets_a_network_of_its_own_only_when_it_asks_for_one()
    {
        var runId = await _engine.StartAsync("""
            name: network
            steps:
              - id: online
                type: command
                run: cat /proc/net/dev > online.txt
                network: true
              - id: offline
                type: command
                run: cat /proc/net/dev > offline.txt
            """);

        var run = await _engine.WaitForAsync(runId, r => r.Status is RunStatus.Completed or RunStatus.Failed, "the run ends");

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Contains("tap0", File.ReadAllText(Path.Combine(_engine.Workspace(runId), "online.txt")), StringComparison.Ordinal);
        Assert.DoesNotContain("tap0", File.ReadAllText(Path.Combine(_engine.Workspace(runId), "offline.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parallel_branches_run_and_join()
    {
        var runId = await _engine.StartAsync("""
            name: fan-out
            steps:
              - id: checks
                parallel:
                  - id: lint
                    type: command
                    run: sleep 1; touch lint.done
                  - id: unit
                    type: command
                    run: sleep 1; touch unit.done
                join: all
              - id: merge
                type: command
                run: test -f lint.done && test -f unit.done
            """);

        var run = await _engine.WaitForAsync(runId, r => r.Status is RunStatus.Completed or RunStatus.Failed, "the run ends");

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal("pass", run.Step("merge").Result);
        var events = await _engine.EventsAsync(runId);
        var lintStarted = events.OfType<StepStarted>().Single(e => e.StepId == "lint").At;
        var unitCompleted = events.OfType<StepCompleted>().Single(e => e.StepId == "unit").At;
        Assert.True(lintStarted < unitCompleted, "the branches overlap");
    }

    [Fact]
    public async Task A_command_step_sees_none_of_the_servers_environment()
    {
        Environment.SetEnvironmentVariable("EVENTAGENTS_TEST_PROVIDER_KEY", "sk-planted-in-the-server");
        var runId = await _engine.StartAsync("""
            name: environment
            steps:
              - id: show
                type: command
                run: env > env.txt
            """);

        await _engine.WaitForAsync(runId, r => r.Status is RunStatus.Completed or RunStatus.Failed, "the run ends");

        var variables = File.ReadAllLines(Path.Combine(_engine.Workspace(runId), "env.txt")).Select(line => line.Split('=')[0]).ToHashSet();
        Assert.DoesNotContain("EVENTAGENTS_TEST_PROVIDER_KEY", variables);
        Assert.Contains("PATH", variables);
        Assert.Contains("EVENTAGENTS_RUN_ID", variables);
        Assert.Contains("HOME", variables);
        Assert.DoesNotContain(variables, name => name.StartsWith("ConnectionStrings", StringComparison.Ordinal));
    }
}
