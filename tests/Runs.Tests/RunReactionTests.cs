using EventAgents.Application.Common;
using EventAgents.Domain.Runs;
using EventAgents.Engine.Runs;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;

namespace EventAgents.Runs.Tests;

/// <summary>The engine's decisions as plain functions: no host, no database.</summary>
public sealed class RunReactionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
    private static readonly EventTypeRegistry Registry = DomainEventRegistry.Create();
    private readonly EventHandlers _reactions = new EventHandlers(Registry).AddRunReactions();

    private Task<Outcome> ReactAsync(object e) => _reactions.InvokeAsync(RecordedEvent.Of(Registry, e, "run-r1"), Now);

    [Fact]
    public async Task A_queued_step_is_due_at_once()
    {
        var outcome = await ReactAsync(new StepQueued("r1", "plan", 1, 0, null, null, Now));

        Assert.Equal(new StepDue("r1", "plan", 1), Assert.Single(outcome.Messages).Message);
    }

    [Fact]
    public async Task A_scheduled_retry_is_due_at_its_time()
    {
        var due = Now.AddSeconds(30);

        var outcome = await ReactAsync(new StepRetryScheduled("r1", "build", 1, 2, due, "broken", Now));

        var message = Assert.Single(outcome.Messages);
        Assert.Equal(new StepDue("r1", "build", 2), message.Message);
        Assert.Equal(due, message.DeliverAt);
    }

    [Fact]
    public async Task A_started_step_is_launched_and_its_deadline_scheduled()
    {
        var deadline = Now.AddMinutes(5);

        var outcome = await ReactAsync(new StepStarted("r1", "test", 3, deadline, Now));

        Assert.Equal(new LaunchStep("r1", "test", 3), outcome.Messages[0].Message);
        Assert.Equal(new StepDeadlineReached("r1", "test", 3), outcome.Messages[1].Message);
        Assert.Equal(deadline, outcome.Messages[1].DeliverAt);
    }

    [Fact]
    public async Task A_step_without_a_timeout_gets_no_deadline()
    {
        var outcome = await ReactAsync(new StepStarted("r1", "test", 1, null, Now));

        Assert.Single(outcome.Messages);
    }

    [Fact]
    public async Task Ending_a_run_stops_its_steps_and_resuming_restarts_them()
    {
        Assert.Equal(new StopRun("r1"), Assert.Single((await ReactAsync(new RunCancelled("r1", "ada", null, Now))).Messages).Message);
        Assert.Equal(new StopRun("r1"), Assert.Single((await ReactAsync(new RunFailed("r1", "broken", Now))).Messages).Message);
        Assert.Equal(new StopStep("r1", "test", 1), Assert.Single((await ReactAsync(new StepTimedOut("r1", "test", 1, Now))).Messages).Message);
        Assert.Equal(new ResumeSteps("r1"), Assert.Single((await ReactAsync(new RunResumed("r1", "ada", Now))).Messages).Message);
    }

    [Fact]
    public async Task Events_that_need_no_action_produce_nothing()
    {
        Assert.True((await ReactAsync(new RunCompleted("r1", Now))).IsEmpty);
        Assert.True((await ReactAsync(new StepCompleted("r1", "plan", 1, "pass", Now))).IsEmpty);
    }
}
