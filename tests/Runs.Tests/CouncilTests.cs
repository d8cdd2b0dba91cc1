using System.Text.Json;
using EventAgents.Domain.Runs;
using EventAgents.Engine.Runs;

namespace EventAgents.Runs.Tests;

/// <summary>A council's members run as separate scripted agent processes; their votes decide where the run goes.</summary>
public sealed class CouncilTests : IAsyncLifetime
{
    private const string Reviewed = """
        name: reviewed
        steps:
          - id: review
            type: council
            agents: [ada, bob, cy]
            mode: vote
            prompt: "Review the change and vote pass or fail."
            timeout: 60s
            scripts:
              ada:
                - tool: complete_step
                  args: {result: pass, output: "ada: looks right"}
              bob:
                - tool: complete_step
                  args: {result: fail, output: "bob: missing tests"}
              cy:
                - tool: complete_step
                  args: {result: pass, output: "cy: ship it"}
            on_result:
              pass: announce
              fail: end
          - id: announce
            type: command
            run: "echo council={{steps.review.result}} > verdict.txt"
        """;

    private readonly EngineFixture _engine = new();

    public Task InitializeAsync() => _engine.InitializeAsync();

    public Task DisposeAsync() => _engine.DisposeAsync();

    [Fact]
    public async Task Three_members_vote_two_to_one_and_the_run_routes_on_pass()
    {
        var runId = await _engine.StartAsync(Reviewed);

        var run = await _engine.WaitForAsync(runId, r => r.Status is RunStatus.Completed or RunStatus.Failed or RunStatus.Cancelled, "the run ends", seconds: 120);
        Assert.True(run.Status == RunStatus.Completed, await _engine.DescribeAsync(Application.Runs.RunStreams.Id(runId)));

        var events = await _engine.EventsAsync(runId);
        var convened = Assert.Single(events.OfType<CouncilConvened>());
        Assert.Equal(["review--ada", "review--bob", "review--cy"], convened.Members);
        Assert.Equal(
            [("review--ada", "pass"), ("review--bob", "fail"), ("review--cy", "pass")],
            events.OfType<StepCompleted>().Where(e => e.StepId.StartsWith("review--", StringComparison.Ordinal)).Select(e => (e.StepId, e.Result)).Order());
        Assert.Equal(["pass", "pass"], events.OfType<StepCompleted>().Where(e => e.StepId is "review" or "announce").Select(e => e.Result));
        Assert.Equal("council=pass", File.ReadAllText(Path.Combine(_engine.Workspace(runId), "verdict.txt")).Trim());

        var verdict = JsonDocument.Parse(run.Step("review").Output!).RootElement;
        Assert.Equal((2, 1), (verdict.GetProperty("tally").GetProperty("pass").GetInt32(), verdict.GetProperty("tally").GetProperty("fail").GetInt32()));
        Assert.Equal(
            [("ada", "pass", "ada: looks right"), ("bob", "fail", "bob: missing tests"), ("cy", "pass", "cy: ship it")],
            verdict.GetProperty("members").EnumerateArray()
                .Select(member => (member.GetProperty("agent").GetString(), member.GetProperty("result").GetString(), member.GetProperty("output").GetString())));
    }

    [Fact]
    public async Task Each_member_is_its_own_process_which_restarts_relaunch_and_cancelling_stops()
    {
        var runId = await _engine.StartAsync("""
            name: slow-council
            steps:
              - id: review
                type: council
                agents: [ada, bob]
                prompt: "Review slowly."
                scripts:
                  ada:
                    - {tool: run_command, args: {command: "sleep 60"}}
                    - {tool: complete_step, args: {result: pass}}
                  bob:
                    - {tool: run_command, args: {command: "sleep 60"}}
                    - {tool: complete_step, args: {result: pass}}
            """);
        string[] members = ["review--ada", "review--bob"];
        await Testing.Eventually.TrueAsync(
            () => members.All(member => _engine.Agents.ProcessIdOf(runId, member) is not null), TimeSpan.FromSeconds(30), "both members' agents run");
        var pids = members.Select(member => _engine.Agents.ProcessIdOf(runId, member)!.Value).ToList();
        Assert.Null(_engine.Agents.ProcessIdOf(runId, "review"));

        var running = await Reconciliation.RunningStepsAsync(_engine.Store, CancellationToken.None);
        Assert.Equal(members, running.Where(step => step.RunId == runId).Select(step => step.StepId).Order());

        await _engine.RunCommands.HandleAsync(new CancelRun(runId, "ada", "stop", DateTimeOffset.UtcNow), "ada", CancellationToken.None);

        await Testing.Eventually.TrueAsync(() => pids.All(pid => !Directory.Exists($"/proc/{pid}")), TimeSpan.FromSeconds(20), "the members' processes are gone");
        Assert.Equal(RunStatus.Cancelled, (await _engine.LoadAsync(runId)).Status);
    }
}
