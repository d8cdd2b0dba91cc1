using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.RunStory;
using static EventAgents.Domain.Tests.Fixtures.Steps;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Runs;

public sealed class RequestingAndStartingRunSpecs
{
    private static readonly PipelineDefinition TwoSteps = Pipeline(Agent("plan"), Agent("implement"));

    private static RequestRun Request(Dictionary<string, string>? inputs = null) =>
        new(RunId, "project-1", "pipeline-1", 1, TwoSteps, inputs ?? new() { ["goal"] = "add login" }, "ada", T0);

    [Fact]
    public void Requesting_a_run_makes_it_pending() =>
        Spec.Run().When(Request()).Then(Requested(TwoSteps));

    [Fact]
    public void Requesting_the_same_run_again_changes_nothing() =>
        Spec.Run().Given(Requested(TwoSteps)).When(Request()).ThenNothing();

    [Fact]
    public void A_run_requested_for_a_board_task_records_the_task_it_works()
    {
        var work = new TaskWork("board-1", "task-1", "agent-1");
        Spec.Run().When(Request() with { Task = work }).Then(Requested(TwoSteps) with { Task = work });
        Assert.Equal(work, RunDecider.Evolve(Run.Initial, Requested(TwoSteps) with { Task = work }).Task);
    }

    [Fact]
    public void A_missing_required_input_is_refused() =>
        Spec.Run().When(Request([])).ThenError("run.missing-input");

    [Fact]
    public void An_undeclared_input_is_refused() =>
        Spec.Run().When(Request(new() { ["goal"] = "x", ["colour"] = "red" })).ThenError("run.unknown-input");

    [Fact]
    public void Starting_a_pending_run_queues_its_first_step() =>
        Spec.Run().Given(Requested(TwoSteps))
            .When(new StartRun(RunId, At(1)))
            .Then(new RunStarted(RunId, At(1)), Queued("plan"));

    [Fact]
    public void Starting_a_started_run_again_changes_nothing() =>
        Spec.Run().Given(Started(TwoSteps)).When(new StartRun(RunId, At(5))).ThenNothing();

    [Fact]
    public void Starting_a_run_that_was_never_requested_is_refused() =>
        Spec.Run().When(new StartRun(RunId, At(1))).ThenError("run.not-found");

    [Fact]
    public void Starting_a_queued_step_records_its_deadline()
    {
        var definition = Pipeline(Agent("plan", StepFlow.Default with { Timeout = TimeSpan.FromMinutes(10) }));
        Spec.Run().Given(Started(definition))
            .When(new StartStep(RunId, "plan", 1, At(2)))
            .Then(new StepStarted(RunId, "plan", 1, At(2).AddMinutes(10), At(2)));
    }

    [Fact]
    public void Starting_a_running_step_again_changes_nothing() =>
        Spec.Run().Given(Started(TwoSteps)).Given(StartedStep("plan"))
            .When(new StartStep(RunId, "plan", 1, At(3))).ThenNothing();

    [Fact]
    public void A_step_of_a_paused_run_does_not_start() =>
        Spec.Run().Given(Started(TwoSteps)).Given(new RunPaused(RunId, "ada", null, At(1)))
            .When(new StartStep(RunId, "plan", 1, At(2))).ThenError("run.paused");

    [Fact]
    public void A_step_the_pipeline_does_not_have_is_refused() =>
        Spec.Run().Given(Started(TwoSteps)).When(new StartStep(RunId, "deploy", 1, At(2))).ThenError("step.unknown");

    [Fact]
    public void A_step_that_was_not_queued_yet_is_refused() =>
        Spec.Run().Given(Started(TwoSteps)).When(new StartStep(RunId, "implement", 1, At(2))).ThenError("step.not-queued");

    [Fact]
    public void An_attempt_from_the_future_is_refused() =>
        Spec.Run().Given(Started(TwoSteps)).When(new StartStep(RunId, "plan", 2, At(2))).ThenError("step.unknown-attempt");

    [Fact]
    public void A_run_of_an_invalid_pipeline_is_refused() =>
        Spec.Run().When(Request() with { Definition = Pipeline(Agent("plan", Flow(("fail", To("ghost"))))) }).ThenError("run.invalid-pipeline");
}
