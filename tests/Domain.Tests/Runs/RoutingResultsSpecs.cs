using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tests.Specs;
using static EventAgents.Domain.Tests.Fixtures.RunStory;
using static EventAgents.Domain.Tests.Fixtures.Steps;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Runs;

public sealed class RoutingResultsSpecs
{
    private static readonly PipelineDefinition PlanImplementTest = Pipeline(
        Agent("plan"),
        Agent("implement"),
        Command("test", Flow((StepResults.Fail, To("implement", max: 2)))),
        Agent("review", Flow((StepResults.Pass, To(Transition.End)), ("changes", To("implement", max: 1)))));

    [Fact]
    public void A_pass_queues_the_following_step() =>
        Spec.Run().Given(Started(PlanImplementTest)).Given(StartedStep("plan"))
            .When(new CompleteStep(RunId, "plan", 1, StepResults.Pass, At(3)))
            .Then(Completed("plan"), Queued("implement", from: "plan", at: 3));

    [Fact]
    public void A_pass_of_the_last_step_completes_the_run()
    {
        var single = Pipeline(Agent("plan"));
        Spec.Run().Given(Started(single)).Given(StartedStep("plan"))
            .When(new CompleteStep(RunId, "plan", 1, StepResults.Pass, At(3)))
            .Then(Completed("plan"), new RunCompleted(RunId, At(3)));
    }

    [Fact]
    public void A_failing_test_loops_back_to_implement_through_a_bounded_transition() =>
        Spec.Run().Given(AtTest(PlanImplementTest))
            .When(new CompleteStep(RunId, "test", 1, StepResults.Fail, At(9)))
            .Then(Completed("test", StepResults.Fail, at: 9), Queued("implement", attempt: 2, from: "test", at: 9));

    [Fact]
    public void A_bounded_transition_taken_max_times_fails_the_run()
    {
        var spec = Spec.Run().Given(AtTest(PlanImplementTest));
        spec.Given(
            Completed("test", StepResults.Fail, at: 9), Queued("implement", 2, "test", 9), StartedStep("implement", 2, 10), Completed("implement", attempt: 2, at: 11),
            Queued("test", 2, "implement", 11), StartedStep("test", 2, 12), Completed("test", StepResults.Fail, 2, 13), Queued("implement", 3, "test", 13),
            StartedStep("implement", 3, 14), Completed("implement", attempt: 3, at: 15), Queued("test", 3, "implement", 15), StartedStep("test", 3, 16));
        spec.When(new CompleteStep(RunId, "test", 3, StepResults.Fail, At(17)))
            .Then(Completed("test", StepResults.Fail, 3, 17), new RunFailed(RunId, "Transition test -> implement was already taken 2 times, its max.", At(17)));
    }

    [Fact]
    public void A_custom_result_follows_its_own_transition() =>
        Spec.Run().Given(AtTest(PlanImplementTest))
            .Given(Completed("test", at: 9), Queued("review", 1, "test", 9), StartedStep("review", at: 10))
            .When(new CompleteStep(RunId, "review", 1, "changes", At(11)))
            .Then(Completed("review", "changes", at: 11), Queued("implement", 2, "review", 11));

    [Fact]
    public void A_result_without_a_transition_fails_the_run() =>
        Spec.Run().Given(Started(PlanImplementTest)).Given(StartedStep("plan"))
            .When(new CompleteStep(RunId, "plan", 1, StepResults.Fail, At(3)))
            .Then(Completed("plan", StepResults.Fail), new RunFailed(RunId, "Step 'plan' ended with 'fail' and has no transition for it.", At(3)));

    [Fact]
    public void Explicit_next_overrides_document_order()
    {
        var definition = Pipeline(Agent("plan", StepFlow.Default with { Next = "review" }), Agent("implement"), Agent("review"));
        Spec.Run().Given(Started(definition)).Given(StartedStep("plan"))
            .When(new CompleteStep(RunId, "plan", 1, StepResults.Pass, At(3)))
            .Then(Completed("plan"), Queued("review", from: "plan", at: 3));
    }

    [Fact]
    public void Completing_a_step_twice_changes_nothing() =>
        Spec.Run().Given(Started(PlanImplementTest)).Given(StartedStep("plan"), Completed("plan"), Queued("implement", from: "plan", at: 3))
            .When(new CompleteStep(RunId, "plan", 1, StepResults.Pass, At(4))).ThenNothing();

    [Fact]
    public void A_late_report_after_the_run_finished_changes_nothing() =>
        Spec.Run().Given(Started(PlanImplementTest)).Given(StartedStep("plan"), new RunCancelled(RunId, "ada", null, At(3)))
            .When(new CompleteStep(RunId, "plan", 1, StepResults.Pass, At(4))).ThenNothing();

    [Fact]
    public void Completing_a_step_that_has_not_started_is_refused() =>
        Spec.Run().Given(Started(PlanImplementTest))
            .When(new CompleteStep(RunId, "plan", 1, StepResults.Pass, At(4))).ThenError("step.wrong-status");

    [Fact]
    public void A_result_that_is_not_a_slug_is_refused() =>
        Spec.Run().Given(Started(PlanImplementTest)).Given(StartedStep("plan"))
            .When(new CompleteStep(RunId, "plan", 1, "Looks Good!", At(4))).ThenError("step.invalid-result");

    private static IRunEvent[] AtTest(PipelineDefinition definition) =>
    [
        .. Started(definition), StartedStep("plan"), Completed("plan"), Queued("implement", from: "plan", at: 3),
        StartedStep("implement", at: 4), Completed("implement", at: 5), Queued("test", from: "implement", at: 5), StartedStep("test", at: 6),
    ];
}
