using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.RunStory;
using static EventAgents.Domain.Tests.Fixtures.Steps;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Runs;

public sealed class RunLifecycleSpecs
{
    private static readonly PipelineDefinition OneStep = Pipeline(Agent("plan"));

    [Fact]
    public void A_running_run_can_be_paused() =>
        Spec.Run().Given(Started(OneStep)).When(new PauseRun(RunId, "ada", "lunch", At(5))).Then(new RunPaused(RunId, "ada", "lunch", At(5)));

    [Fact]
    public void Pausing_a_paused_run_changes_nothing() =>
        Spec.Run().Given(Started(OneStep)).Given(new RunPaused(RunId, "ada", null, At(5))).When(new PauseRun(RunId, "ada", null, At(6))).ThenNothing();

    [Fact]
    public void A_pending_run_cannot_be_paused() =>
        Spec.Run().Given(Requested(OneStep)).When(new PauseRun(RunId, "ada", null, At(6))).ThenError("run.not-running");

    [Fact]
    public void A_paused_run_can_be_resumed() =>
        Spec.Run().Given(Started(OneStep)).Given(new RunPaused(RunId, "ada", null, At(5)))
            .When(new ResumeRun(RunId, "ada", At(6))).Then(new RunResumed(RunId, "ada", At(6)));

    [Fact]
    public void Resuming_a_completed_run_is_refused() =>
        Spec.Run().Given(Started(OneStep)).Given(new RunCompleted(RunId, At(5))).When(new ResumeRun(RunId, "ada", At(6))).ThenError("run.not-paused");

    [Fact]
    public void A_run_in_flight_can_be_cancelled() =>
        Spec.Run().Given(Started(OneStep)).When(new CancelRun(RunId, "ada", "wrong goal", At(5))).Then(new RunCancelled(RunId, "ada", "wrong goal", At(5)));

    [Fact]
    public void Cancelling_a_cancelled_run_changes_nothing() =>
        Spec.Run().Given(Started(OneStep)).Given(new RunCancelled(RunId, "ada", null, At(5))).When(new CancelRun(RunId, "ada", null, At(6))).ThenNothing();

    [Fact]
    public void A_completed_run_cannot_be_cancelled() =>
        Spec.Run().Given(Started(OneStep)).Given(new RunCompleted(RunId, At(5))).When(new CancelRun(RunId, "ada", null, At(6))).ThenError("run.finished");

    [Fact]
    public void A_run_can_be_failed_from_outside_routing() =>
        Spec.Run().Given(Started(OneStep)).When(new FailRun(RunId, "workspace lost", At(5))).Then(new RunFailed(RunId, "workspace lost", At(5)));

    [Fact]
    public void Failing_a_failed_run_changes_nothing() =>
        Spec.Run().Given(Started(OneStep)).Given(new RunFailed(RunId, "x", At(5))).When(new FailRun(RunId, "y", At(6))).ThenNothing();

    [Fact]
    public void A_cancelled_run_cannot_be_failed() =>
        Spec.Run().Given(Started(OneStep)).Given(new RunCancelled(RunId, "ada", null, At(5))).When(new FailRun(RunId, "y", At(6))).ThenError("run.finished");

    [Fact]
    public void The_state_tracks_statuses_through_the_story()
    {
        var spec = Spec.Run().Given(Started(OneStep)).Given(StartedStep("plan"));
        Assert.Equal(RunStatus.Running, spec.State.Status);
        Assert.Equal(StepStatus.Running, spec.State.Step("plan").Status);
        spec.When(new CompleteStep(RunId, "plan", 1, "pass", At(3)));
        Assert.Equal(RunStatus.Completed, spec.State.Status);
        Assert.Equal(StepStatus.Completed, spec.State.Step("plan").Status);
    }

    [Fact]
    public void The_end_of_a_task_run_names_the_task_for_board_work_to_wrap_up()
    {
        var work = new TaskWork("board-1", "task-1", "ada");
        IRunEvent[] started = [Requested(OneStep) with { Task = work }, new RunStarted(RunId, At(1)), Queued("plan"), StartedStep("plan")];

        Spec.Run().Given(started).When(new CompleteStep(RunId, "plan", 1, StepResults.Pass, At(3)))
            .Then(Completed("plan"), new RunCompleted(RunId, At(3)) { Task = work });
        Spec.Run().Given(started).When(new CancelRun(RunId, "ada", "enough", At(3)))
            .Then(new RunCancelled(RunId, "ada", "enough", At(3)) { Task = work });
        Spec.Run().Given(started).When(new FailRun(RunId, "broken", At(3)))
            .Then(new RunFailed(RunId, "broken", At(3)) { Task = work });
    }
}
