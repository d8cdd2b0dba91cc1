using EventAgents.Application.Runs;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Runs;
using EventAgents.Engine.Runs;
using EventAgents.Engine.Workspaces;
using EventAgents.Engine.Workspaces.GitWorkspaces;
using EventAgents.Platform.Messaging;
using EventAgents.Testing;

namespace EventAgents.Runs.Tests;

/// <summary>A stop that arrives late (a redelivery, a slow queue) is about an attempt that ended, not the one running now.</summary>
public sealed class StopStepTests : IAsyncLifetime
{
    private const string Retried = """
        name: retried
        steps:
          - id: work
            type: agent
            agent: worker
            prompt: "Wait for the build."
            retry: {max: 1, backoff: 100ms}
            script:
              - {tool: run_command, args: {command: "sleep 120"}}
              - {tool: complete_step, args: {result: pass}}
        """;

    private readonly EngineFixture _engine = new();

    public Task InitializeAsync() => _engine.InitializeAsync();

    public Task DisposeAsync() => _engine.DisposeAsync();

    [Fact]
    public async Task A_late_stop_of_an_earlier_attempt_leaves_the_running_attempts_agent_alone()
    {
        var runId = await _engine.StartAsync(Retried);
        await Eventually.TrueAsync(() => _engine.Agents.ProcessIdOf(runId, "work") is not null, TimeSpan.FromSeconds(30), "attempt 1's agent runs");
        var first = _engine.Agents.ProcessIdOf(runId, "work")!.Value;
        await _engine.RunCommands.HandleAsync(new FailStep(runId, "work", 1, "container died", DateTimeOffset.UtcNow), "tests", default);
        await Eventually.TrueAsync(
            () => _engine.Agents.ProcessIdOf(runId, "work") is { } pid && pid != first, TimeSpan.FromSeconds(30), "attempt 2's agent runs");
        var second = _engine.Agents.ProcessIdOf(runId, "work")!.Value;
        Assert.Equal((StepStatus.Running, 2), ((await _engine.LoadAsync(runId)).Step("work").Status, (await _engine.LoadAsync(runId)).Step("work").Attempt));

        // The stop a timeout of attempt 1 sent, handled only now.
        var workspaces = new RunWorkspaces(_engine.Root, new GitCli(), ProjectRepositories.From(_engine.Store));
        var settings = new AgentLaunchSettings(new Uri("http://127.0.0.1/"), new StepTokens(new byte[32], TimeProvider.System), TimeSpan.FromMinutes(1));
        var handlers = new StepExecution(_engine.Store, workspaces, _engine.Agents, settings).AddTo(new HandlerRegistry(EngineMessageTypes.Create()));
        await handlers.InvokeAsync(new StopStep(runId, "work", 1), new MessageContext { MessageId = Guid.NewGuid(), MessageType = "engine.stop-step.v1", Now = DateTimeOffset.UtcNow });

        Assert.Equal(second, _engine.Agents.ProcessIdOf(runId, "work"));
        Assert.True(Directory.Exists($"/proc/{second}"), "attempt 2's agent was killed by the stop of attempt 1");
    }
}
